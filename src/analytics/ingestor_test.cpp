#include "analytics/ingestor.hpp"

#include "content/test_fixture.hpp"
#include "core/clock.hpp"
#include "store/test_util.hpp"

namespace waymark::analytics {
namespace {

std::vector<Event> Events(int first, int count) {
  std::vector<Event> events;
  const std::int64_t now = UnixNowMs();
  for (int i = first; i < first + count; ++i) {
    Event event;
    event.id = "event-" + std::to_string(i);
    event.type = EventType::kOpen;
    event.user_key = "a:someone";
    event.ts = now;
    events.push_back(std::move(event));
  }
  return events;
}

class IngestorTest : public content::testkit::ContentTest {
 protected:
  std::int64_t StoredEvents() {
    auto rows = store::testkit::Await(db_->Query("SELECT COUNT(*) FROM events"));
    return rows.ok() ? store::IntOf(rows->rows[0][0]) : -1;
  }
  store::testkit::IoThread io_;
};

// Overload: while the store is busy, events beyond the bound are refused at once rather
// than queued; once it catches up, the refused events are accepted on retry and none of
// the accepted ones is lost.
TEST_F(IngestorTest, PastTheBoundRequestsAreRefusedAtOnceThenAcceptedOnRetry) {
  Ingestor ingestor(*db_, 1000);
  store::testkit::Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();

  const std::vector<Event> first = Events(0, 800);
  const std::vector<Event> second = Events(800, 300);
  auto waiting = io_.Start(ingestor.Save(project_, first));
  while (ingestor.pending() < 800) std::this_thread::yield();
  auto refused = io_.Start(ingestor.Save(project_, second)).get();
  EXPECT_EQ(refused.status().code(), Status::Code::kUnavailable);
  EXPECT_EQ(ingestor.pending(), 800u);  // the refused request holds no place

  gate.Open();
  ASSERT_TRUE(held.get().ok());
  auto saved = waiting.get();
  ASSERT_TRUE(saved.ok()) << saved.status().message();
  EXPECT_EQ(std::count(saved->begin(), saved->end(), true), 800);
  auto retried = io_.Start(ingestor.Save(project_, second)).get();
  ASSERT_TRUE(retried.ok());
  EXPECT_EQ(ingestor.pending(), 0u);
  EXPECT_EQ(StoredEvents(), 1100);
}

}  // namespace
}  // namespace waymark::analytics
