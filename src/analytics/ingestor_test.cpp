#include "analytics/ingestor.hpp"

#include "analytics/journal_batch.hpp"
#include "content/test_fixture.hpp"
#include "core/clock.hpp"
#include "store/test_util.hpp"

namespace waymark::analytics {
namespace {

using namespace std::chrono_literals;

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
  std::unique_ptr<Ingestor> Open(std::size_t max_pending = 1000) {
    auto ingestor = Ingestor::Open(*db_, journal_dir_, max_pending);
    EXPECT_TRUE(ingestor.ok()) << ingestor.status().message();
    return ingestor.ok() ? std::move(*ingestor) : nullptr;
  }

  std::int64_t Stored(const std::string& what = "events") {
    auto rows = store::testkit::Await(db_->Query("SELECT COUNT(*) FROM " + what));
    return rows.ok() ? store::IntOf(rows->rows[0][0]) : -1;
  }

  const std::filesystem::path journal_dir_ = dir_.path() / "journal";
  store::testkit::IoThread io_;
};

// Acknowledged means durable in the journal; stored follows, and reads that settle see it.
TEST_F(IngestorTest, SavedEventsAreStoredOnceSettled) {
  auto ingestor = Open();
  const std::vector<Event> events = Events(0, 50);
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, events)).get().ok());
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(Stored(), 50);
  EXPECT_EQ(ingestor->pending(), 0u);
  auto applied = store::testkit::Await(LoadApplied(*db_));
  ASSERT_TRUE(applied.ok());
  EXPECT_EQ(*applied, 1u);
}

// Overload: while the store is busy, events beyond the bound are refused at once rather
// than queued; once it catches up, the refused events are accepted on retry and none of
// the accepted ones is lost.
TEST_F(IngestorTest, PastTheBoundRequestsAreRefusedAtOnceThenAcceptedOnRetry) {
  auto ingestor = Open(1000);
  // The store's writer is held, so nothing acknowledged can be stored meanwhile.
  store::testkit::Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();

  const std::vector<Event> first = Events(0, 800);
  const std::vector<Event> second = Events(800, 300);
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, first)).get().ok());  // durable, not stored
  EXPECT_EQ(ingestor->pending(), 800u);
  EXPECT_EQ(ingestor->pending(project_), 800u);
  EXPECT_EQ(ingestor->pending("p_other"), 0u);  // a project learns only of its own
  const Status refused = io_.Start(ingestor->Save(project_, second)).get();
  EXPECT_EQ(refused.code(), Status::Code::kUnavailable);
  EXPECT_EQ(ingestor->pending(), 800u);  // the refused request holds no place
  EXPECT_FALSE(io_.Start(ingestor->Settle(50ms)).get());

  gate.Open();
  ASSERT_TRUE(held.get().ok());
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(ingestor->pending(), 0u);
  EXPECT_EQ(ingestor->pending(project_), 0u);
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, second)).get().ok());
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(Stored(), 1100);
}

// A stop before the applier got to them: the journal still holds the acknowledged events
// (written here as the ingestor writes them), and the next start stores them, each once,
// then nothing more on the start after.
TEST_F(IngestorTest, WhatTheJournalHoldsAtStartIsStoredOnce) {
  const std::vector<Event> events = Events(0, 30);
  {
    auto journal = store::Journal::Open({.dir = journal_dir_}, 0);
    ASSERT_TRUE(journal.ok());
    const std::string payload = EncodeBatch(project_, UnixNowMs(), events, {});
    ASSERT_TRUE(io_.Start((*journal)->Append(payload, 30)).get().ok());
    ASSERT_TRUE(io_.Start((*journal)->Append(payload, 30)).get().ok());  // a resend
  }
  {
    auto ingestor = Open();
    EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
    EXPECT_EQ(ingestor->pending(), 0u);
  }
  EXPECT_EQ(Stored(), 30);
  EXPECT_EQ(Stored("event_rollups WHERE metric = 'open' AND subject = '' AND events = 30"), 1);
  EXPECT_EQ(store::testkit::Await(LoadApplied(*db_)).value(), 2u);

  auto again = Open();
  EXPECT_EQ(again->pending(), 0u);
  EXPECT_TRUE(io_.Start(again->Settle(10s)).get());
  EXPECT_EQ(Stored("event_rollups WHERE metric = 'open' AND subject = '' AND events = 30"), 1);
}

// A disk that refuses the journal's write refuses the events for now (503, so the sender
// retries), not for good: once it takes writes again, so does the ingestor.
TEST_F(IngestorTest, AFailingJournalWriteRefusesForNowAndRecovers) {
  auto ingestor = Open();
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, Events(0, 5))).get().ok());
  ASSERT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  std::uintmax_t journal_bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(journal_dir_)) {
    journal_bytes += entry.file_size();
  }
  {
    // The journal may not grow; nothing else writes meanwhile (the applier is idle).
    store::testkit::FileSizeLimit limit(journal_bytes);
    const Status refused = io_.Start(ingestor->Save(project_, Events(5, 5))).get();
    EXPECT_EQ(refused.code(), Status::Code::kUnavailable) << refused.message();
    EXPECT_EQ(ingestor->pending(), 0u);
  }
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, Events(5, 5))).get().ok());
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(Stored(), 10);
}

// What a stop left in the journal is pending for its project from the start on, as for
// events received since, until it is stored.
TEST_F(IngestorTest, EventsFoundAtStartArePendingForTheirProject) {
  {
    auto journal = store::Journal::Open({.dir = journal_dir_}, 0);
    ASSERT_TRUE(journal.ok());
    const std::string payload = EncodeBatch(project_, UnixNowMs(), Events(0, 30), {});
    ASSERT_TRUE(io_.Start((*journal)->Append(payload, 30)).get().ok());
  }
  store::testkit::Gate gate;  // the store's writer is held: nothing is stored meanwhile
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  auto ingestor = Open();
  EXPECT_EQ(ingestor->pending(), 30u);
  EXPECT_EQ(ingestor->pending(project_), 30u);
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, Events(30, 5))).get().ok());
  EXPECT_EQ(ingestor->pending(project_), 35u);
  gate.Open();
  ASSERT_TRUE(held.get().ok());
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(ingestor->pending(project_), 0u);
  EXPECT_EQ(Stored(), 35);
}

// A record the store refuses for a fault of its own (here a trigger refuses one event) holds
// up only itself: the 30 records before it in the same turn are stored without waiting out
// a retry each (which would take longer than the patience here), the one after it too, and
// it is passed over after three tries.
TEST_F(IngestorTest, ARecordTheStoreRefusesIsPassedOverAndTheOthersStored) {
  Exec(
      "CREATE TRIGGER refuse_bad BEFORE INSERT ON events WHEN NEW.event_id = 'bad' "
      "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  std::vector<std::vector<Event>> records;
  for (int i = 0; i < 30; ++i) records.push_back(Events(i, 1));
  records.push_back(Events(100, 3));
  records.back()[1].id = "bad";
  records.push_back(Events(200, 5));
  {
    auto journal = store::Journal::Open({.dir = journal_dir_}, 0);
    ASSERT_TRUE(journal.ok());
    for (const auto& events : records) {
      const std::string payload = EncodeBatch(project_, UnixNowMs(), events, {});
      const auto items = static_cast<std::uint32_t>(events.size());
      ASSERT_TRUE(io_.Start((*journal)->Append(payload, items)).get().ok());
    }
  }
  auto ingestor = Open();
  EXPECT_TRUE(io_.Start(ingestor->Settle(15s)).get());
  EXPECT_EQ(Stored(), 35);
  EXPECT_EQ(Stored("events WHERE event_id IN ('event-100', 'event-102')"), 0);
  EXPECT_EQ(ingestor->pending(), 0u);
  EXPECT_EQ(store::testkit::Await(LoadApplied(*db_)).value(), 32u);
}

// Events of a project deleted after they were acknowledged go with it, without holding up
// the events behind them.
TEST_F(IngestorTest, EventsOfADeletedProjectAreDroppedAndTheRestStored) {
  auto ingestor = Open();
  const std::vector<Event> events = Events(0, 5);
  store::testkit::Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  ASSERT_TRUE(io_.Start(ingestor->Save("p_gone", events)).get().ok());
  ASSERT_TRUE(io_.Start(ingestor->Save(project_, events)).get().ok());
  gate.Open();
  held.get();
  EXPECT_TRUE(io_.Start(ingestor->Settle(10s)).get());
  EXPECT_EQ(Stored(), 5);
  EXPECT_EQ(ingestor->pending(), 0u);
}

}  // namespace
}  // namespace waymark::analytics
