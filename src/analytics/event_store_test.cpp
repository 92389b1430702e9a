#include "analytics/event_store.hpp"

#include <algorithm>
#include <map>

#include "content/test_fixture.hpp"
#include "core/clock.hpp"
#include "store/test_util.hpp"

namespace waymark::analytics {
namespace {

Event View(const std::string& id, std::int64_t ts) {
  Event event;
  event.id = id;
  event.type = EventType::kView;
  event.user_key = "a:visitor";
  event.interaction_id = "i1";
  event.ts = ts;
  event.received_at = ts;
  return event;
}

class EventStoreTest : public content::testkit::ContentTest {
 protected:
  Result<std::vector<bool>> Save(const std::vector<Event>& events) {
    const PreparedBatch batch = PrepareBatch(project_, events);
    Result<std::vector<bool>> fresh = Status::Internal("not run");
    Status status = store::testkit::Await(db_->Write([&](store::Transaction& tx) -> Status {
      fresh = SaveEvents(tx, batch, events, seen_);
      return fresh.status();
    }));
    if (!status.ok()) return status;
    return fresh;
  }

  std::int64_t Count(const std::string& sql) {
    auto rows = store::testkit::Await(db_->Query(sql, {project_}));
    return rows.ok() && !rows->empty() ? store::IntOf(rows->rows[0][0]) : -1;
  }

  SeenUsers seen_;
};

// A batch is inserted by statements of several rows: an event is new exactly once, whether
// its resend comes in a later batch, later in the same statement, or in another statement
// of the same batch.
TEST_F(EventStoreTest, EachIdIsNewOnceWhereverItsResendFalls) {
  const std::int64_t now = UnixNowMs();
  ASSERT_TRUE(Save({View("e-0", now), View("e-1", now)}).ok());

  // 90 events, inserted by statements of 64, 16, 4, 4, 1 and 1 rows; some are resends.
  const std::map<int, std::string> resends{
      {3, "e-0"},     // of an event stored by the earlier batch
      {10, "b-5"},    // of event 5, in the same statement
      {70, "b-20"},   // of event 20, in an earlier statement
      {82, "b-81"},   // of event 81, in the same statement of 4
      {89, "b-88"}};  // of event 88, each in a statement of its own
  std::vector<Event> events;
  std::vector<bool> expected;
  for (int i = 0; i < 90; ++i) {
    const auto resend = resends.find(i);
    events.push_back(
        View(resend == resends.end() ? "b-" + std::to_string(i) : resend->second, now));
    expected.push_back(resend == resends.end());
  }

  auto fresh = Save(events);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  EXPECT_EQ(*fresh, expected);
  const auto stored = std::count(expected.begin(), expected.end(), true);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE project_id = ?"), 2 + stored);
  EXPECT_EQ(Count("SELECT SUM(events) FROM event_rollups WHERE project_id = ? AND subject = '' "
                  "AND metric = 'view'"),
            2 + stored);
}

// A batch of new events only is inserted without naming its rows; sent again whole, every
// row conflicts, the insert is taken back and none of it counts twice.
TEST_F(EventStoreTest, ABatchIsNewWholeOrResentWhole) {
  const std::int64_t now = UnixNowMs();
  std::vector<Event> events;
  for (int i = 0; i < 21; ++i) events.push_back(View("w-" + std::to_string(i), now));

  auto first = Save(events);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(*first, std::vector<bool>(21, true));
  auto again = Save(events);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(*again, std::vector<bool>(21, false));

  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE project_id = ?"), 21);
  EXPECT_EQ(Count("SELECT SUM(events) FROM event_rollups WHERE project_id = ? AND subject = '' "
                  "AND metric = 'view'"),
            21);
}

// Only what some active webhook of the project takes is queued: here completions, not
// dismissals (its one webhook for those is paused).
TEST_F(EventStoreTest, OnlyTheEventsTheProjectsWebhooksTakeAreQueued) {
  Exec(
      "INSERT INTO webhooks (id, project_id, url, events, active, secret_generation, "
      "created_at, updated_at) VALUES ('wh-c', ?, 'https://hooks.test/c', "
      "'[\"interaction.completed\"]', 1, 0, 0, 0), ('wh-d', ?, 'https://hooks.test/d', "
      "'[\"interaction.dismissed\"]', 0, 0, 0, 0)",
      {project_, project_});
  const std::int64_t now = UnixNowMs();
  Event complete = View("q-1", now);
  complete.type = EventType::kComplete;
  Event dismiss = View("q-2", now);
  dismiss.type = EventType::kDismiss;
  ASSERT_TRUE(Save({complete, dismiss, View("q-3", now)}).ok());

  auto rows = store::testkit::Await(
      db_->Query("SELECT webhook_id, event FROM webhook_deliveries ORDER BY webhook_id", {}));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(store::TextOf(rows->rows[0][0]), "wh-c");
  EXPECT_EQ(store::TextOf(rows->rows[0][1]), "interaction.completed");
}

}  // namespace
}  // namespace waymark::analytics
