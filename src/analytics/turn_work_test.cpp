#include "analytics/turn_work.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::analytics {
namespace {

Event View(std::string id, std::string user) {
  Event event;
  event.id = std::move(id);
  event.type = EventType::kView;
  event.user_key = std::move(user);
  event.interaction_id = "int_1";
  event.ts = 1795253400123;
  return event;
}

Event Identify(std::string id, std::string user) {
  Event event;
  event.id = std::move(id);
  event.type = EventType::kIdentify;
  event.user_key = std::move(user);
  event.ts = 1795253400123;
  return event;
}

store::JournalRecord Record(std::uint64_t sequence, std::string_view project,
                            std::vector<Event> events, std::vector<ProfileUpdate> profiles = {}) {
  return {sequence, static_cast<std::uint32_t>(events.size()),
          EncodeBatch(project, 1795253400456, events, profiles)};
}

std::vector<std::string> Ids(const JournalBatch& batch) {
  std::vector<std::string> ids;
  for (const Event& event : batch.events) ids.push_back(event.id);
  return ids;
}

TEST(TurnWorkTest, NoRecordsMakeAnEmptyTurn) {
  const TurnWork work = MakeTurn({});
  EXPECT_EQ(work.last, 0u);
  EXPECT_EQ(work.items, 0u);
  EXPECT_TRUE(work.batches.empty());
  EXPECT_TRUE(work.prepared.empty());
}

TEST(TurnWorkTest, EventsAreGatheredByProjectInTheOrderProjectsAreFirstSeen) {
  ProfileUpdate profile;
  profile.event_index = 0;
  profile.user_id = "user-2";
  profile.profile.email = "ada@example.com";
  const std::vector<store::JournalRecord> records{
      Record(7, "p_b", {View("e1", "a:1"), View("e2", "a:2")}),
      Record(8, "p_a", {View("e3", "a:3")}),
      Record(9, "p_b", {Identify("e4", "u:user-2"), View("e5", "a:1")}, {profile}),
  };
  const TurnWork work = MakeTurn(records);
  EXPECT_EQ(work.last, 9u);
  EXPECT_EQ(work.items, 5u);
  ASSERT_EQ(work.batches.size(), 2u);
  EXPECT_EQ(work.batches[0].project_id, "p_b");
  EXPECT_EQ(Ids(work.batches[0]), (std::vector<std::string>{"e1", "e2", "e4", "e5"}));
  EXPECT_EQ(work.batches[1].project_id, "p_a");
  EXPECT_EQ(Ids(work.batches[1]), (std::vector<std::string>{"e3"}));
  for (const Event& event : work.batches[0].events) EXPECT_EQ(event.received_at, 1795253400456);
  // The profile rides on its event, now the batch's third.
  ASSERT_EQ(work.batches[0].profiles.size(), 1u);
  EXPECT_EQ(work.batches[0].profiles[0].event_index, 2u);
  EXPECT_EQ(work.batches[0].profiles[0].user_id, "user-2");
  EXPECT_TRUE(work.batches[1].profiles.empty());
  // Each batch's rows are its own events'.
  ASSERT_EQ(work.prepared.size(), 2u);
  EXPECT_EQ(work.prepared[0].project_id, "p_b");
  EXPECT_EQ(work.prepared[0].events.size(), 4u);
  EXPECT_EQ(work.prepared[0].rows.size(), 4 * kEventColumnCount);
  EXPECT_EQ(work.prepared[0].rows[2 * kEventColumnCount + 1], store::Value(std::string("e4")));
  EXPECT_EQ(work.prepared[1].project_id, "p_a");
  EXPECT_EQ(work.prepared[1].rows[1], store::Value(std::string("e3")));
}

TEST(TurnWorkTest, AnUnreadableRecordIsLeftOutAndStillCounted) {
  std::vector<store::JournalRecord> records{
      Record(3, "p_a", {View("e1", "a:1")}),
      {4, 2, "not a batch"},
      Record(5, "p_a", {View("e2", "a:1")}),
  };
  const TurnWork work = MakeTurn(records);
  EXPECT_EQ(work.last, 5u);
  EXPECT_EQ(work.items, 4u);
  ASSERT_EQ(work.batches.size(), 1u);
  EXPECT_EQ(Ids(work.batches[0]), (std::vector<std::string>{"e1", "e2"}));
}

}  // namespace
}  // namespace waymark::analytics
