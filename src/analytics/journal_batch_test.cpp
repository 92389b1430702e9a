#include "analytics/journal_batch.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

namespace waymark::analytics {
namespace {

std::vector<Event> SomeEvents() {
  Event view;
  view.id = "0190a1b2-c3d4-7e5f-8a00-000000000001";
  view.type = EventType::kView;
  view.user_key = "a:anon-1";
  view.interaction_id = "int_1";
  view.ts = 1795253400123;
  view.received_at = 1795253400456;
  view.props = R"({"step":2,"label":"été"})";
  Event custom;
  custom.id = "msg-2";
  custom.type = EventType::kTrack;
  custom.name = "Exported report";
  custom.user_key = "u:user-9";
  custom.post_id = "post_7";
  custom.ts = 1;
  custom.received_at = 1795253400456;
  Event identify;
  identify.id = "msg-3";
  identify.type = EventType::kIdentify;
  identify.user_key = "u:user-9";
  identify.received_at = 1795253400456;
  return {view, custom, identify};
}

std::vector<ProfileUpdate> SomeProfiles() {
  ProfileUpdate update;
  update.event_index = 2;
  update.user_id = "user-9";
  update.profile.email = "ada@example.com";
  update.profile.attributes = boost::json::object{{"plan", "pro"}, {"seats", 12}};
  update.profile.remove_unspecified = true;
  ProfileUpdate anonymous;
  anonymous.event_index = 0;
  anonymous.anonymous_id = "anon-1";
  anonymous.profile.name = "";
  return {update, anonymous};
}

void ExpectSameEvent(const Event& a, const Event& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.user_key, b.user_key);
  EXPECT_EQ(a.interaction_id, b.interaction_id);
  EXPECT_EQ(a.post_id, b.post_id);
  EXPECT_EQ(a.ts, b.ts);
  EXPECT_EQ(a.received_at, b.received_at);
  EXPECT_EQ(a.props, b.props);
}

Result<JournalBatch> Decode(std::string_view payload) {
  JournalBatch batch;
  if (Status s = DecodeBatch(payload, batch); !s.ok()) return s;
  return batch;
}

TEST(JournalBatch, EventsAndProfilesComeBackAsTheyWent) {
  const auto events = SomeEvents();
  const auto profiles = SomeProfiles();
  auto batch = Decode(EncodeBatch("p_1", 1795253400456, events, profiles));
  ASSERT_TRUE(batch.ok()) << batch.status().message();
  EXPECT_EQ(batch->project_id, "p_1");
  ASSERT_EQ(batch->events.size(), 3u);
  for (std::size_t i = 0; i < events.size(); ++i) ExpectSameEvent(batch->events[i], events[i]);
  ASSERT_EQ(batch->profiles.size(), 2u);
  const ProfileUpdate& first = batch->profiles[0];
  EXPECT_EQ(first.event_index, 2u);
  EXPECT_EQ(first.user_id, std::optional<std::string>("user-9"));
  EXPECT_EQ(first.anonymous_id, "");
  EXPECT_EQ(first.profile.email, std::optional<std::string>("ada@example.com"));
  EXPECT_EQ(first.profile.name, std::nullopt);
  ASSERT_TRUE(first.profile.attributes);
  EXPECT_EQ(boost::json::serialize(*first.profile.attributes), R"({"plan":"pro","seats":12})");
  EXPECT_TRUE(first.profile.remove_unspecified);
  const ProfileUpdate& second = batch->profiles[1];
  EXPECT_EQ(second.user_id, std::nullopt);
  EXPECT_EQ(second.anonymous_id, "anon-1");
  EXPECT_EQ(second.profile.name, std::optional<std::string>(""));
  EXPECT_FALSE(second.profile.attributes);
}

TEST(JournalBatch, AnEmptyBatchRoundTrips) {
  auto batch = Decode(EncodeBatch("p_1", 1795253400456, {}, {}));
  ASSERT_TRUE(batch.ok());
  EXPECT_TRUE(batch->events.empty());
}

TEST(JournalBatch, EveryCutShortOrLengthenedPayloadIsRefused) {
  const std::string payload = EncodeBatch("p_1", 1795253400456, SomeEvents(), SomeProfiles());
  for (std::size_t size = 0; size < payload.size(); ++size) {
    EXPECT_FALSE(Decode(payload.substr(0, size)).ok()) << "cut to " << size;
  }
  EXPECT_FALSE(Decode(payload + "x").ok());
}

TEST(JournalBatch, AnotherVersionOrAWrongCountIsRefused) {
  std::string payload = EncodeBatch("p_1", 1795253400456, SomeEvents(), {});
  std::string other = payload;
  other[0] = 2;
  EXPECT_EQ(Decode(other).status().message(), "journal batch: unknown version");
  std::string counted = payload;
  counted[1 + 4 + 3 + 8] = static_cast<char>(0xff);  // the event count's low byte
  EXPECT_FALSE(Decode(counted).ok());
}

TEST(JournalBatch, APayloadIsAppendedWithItsProfilesCountedAmongTheEventsBefore) {
  JournalBatch batch;
  ASSERT_TRUE(DecodeBatch(EncodeBatch("p_1", 1, SomeEvents(), {}), batch).ok());
  ASSERT_TRUE(DecodeBatch(EncodeBatch("p_1", 2, SomeEvents(), SomeProfiles()), batch).ok());
  EXPECT_EQ(batch.project_id, "p_1");
  ASSERT_EQ(batch.events.size(), 6u);
  EXPECT_EQ(batch.events[2].received_at, 1);
  EXPECT_EQ(batch.events[3].received_at, 2);
  ASSERT_EQ(batch.profiles.size(), 2u);
  EXPECT_EQ(batch.profiles[0].event_index, 5u);
  EXPECT_EQ(batch.profiles[1].event_index, 3u);
}

// A payload refused (damaged, or another project's) leaves the batch as it was.
TEST(JournalBatch, ARefusedPayloadAppendsNothing) {
  JournalBatch batch;
  ASSERT_TRUE(DecodeBatch(EncodeBatch("p_1", 1, SomeEvents(), SomeProfiles()), batch).ok());
  const std::string payload = EncodeBatch("p_1", 2, SomeEvents(), SomeProfiles());
  EXPECT_FALSE(DecodeBatch(payload.substr(0, payload.size() - 3), batch).ok());
  EXPECT_EQ(DecodeBatch(EncodeBatch("p_2", 2, SomeEvents(), {}), batch).message(),
            "journal batch: another project's");
  EXPECT_EQ(batch.project_id, "p_1");
  EXPECT_EQ(batch.events.size(), 3u);
  EXPECT_EQ(batch.profiles.size(), 2u);
  JournalBatch fresh;
  EXPECT_FALSE(DecodeBatch(payload.substr(0, 40), fresh).ok());
  EXPECT_EQ(fresh.project_id, "");
  EXPECT_TRUE(fresh.events.empty());
}

// The project alone is read from the payload's start; a payload cut within it is refused.
TEST(JournalBatch, TheProjectIsReadAlone) {
  const std::string payload = EncodeBatch("p_project", 1795253400456, SomeEvents(), {});
  EXPECT_EQ(BatchProject(payload).value(), "p_project");
  EXPECT_FALSE(BatchProject(payload.substr(0, 6)).ok());
  EXPECT_FALSE(BatchProject("").ok());
}

}  // namespace
}  // namespace waymark::analytics
