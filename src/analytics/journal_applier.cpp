#include "analytics/journal_applier.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <optional>

#include "analytics/event_store.hpp"
#include "analytics/journal_batch.hpp"
#include "analytics/prepared_batch.hpp"
#include "analytics/turn_work.hpp"
#include "core/thread_name.hpp"

namespace waymark::analytics {

namespace {

using boost::asio::awaitable;
using store::Value;

constexpr int kAttempts = 3;  // of one record, before it is passed over
constexpr std::chrono::seconds kRetryWait{1};
constexpr std::chrono::seconds kIdleCheck{1};

bool RecordAtFault(const Status& status) {
  return status.code() != Status::Code::kUnavailable && status.code() != Status::Code::kIo;
}

Status SaveApplied(store::Transaction& tx, std::uint64_t sequence) {
  const std::array<Value, 1> row{static_cast<std::int64_t>(sequence)};
  return tx.Execute("UPDATE analytics_journal SET applied = ? WHERE id = 1", row).status();
}

Result<bool> ProjectExists(store::Transaction& tx, const std::string& project_id) {
  const std::array<Value, 1> id{project_id};
  auto rows = tx.Query("SELECT 1 FROM projects WHERE id = ?", id);
  if (!rows.ok()) return rows.status();
  return !rows->empty();
}

Result<TurnWork> PrepareTurn(store::Journal& journal, std::uint64_t after, std::size_t max_bytes) {
  auto records = journal.Read(after, max_bytes);
  if (!records.ok()) return records.status();
  return MakeTurn(*records);
}

Status StoreBatches(store::Transaction& tx, const TurnWork& work, SeenUsers& seen) {
  for (std::size_t i = 0; i < work.batches.size(); ++i) {
    const JournalBatch& batch = work.batches[i];
    // A project deleted since its events were acknowledged takes them along.
    auto exists = ProjectExists(tx, batch.project_id);
    if (!exists.ok()) return exists.status();
    if (!*exists) continue;
    auto fresh = SaveEvents(tx, work.prepared[i], batch.events, seen);
    if (!fresh.ok()) return fresh.status();
    if (Status s = ApplyProfiles(tx, batch.project_id, batch.events, batch.profiles, *fresh);
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace

awaitable<Result<std::uint64_t>> LoadApplied(store::Database& db) {
  auto rows = co_await db.Query("SELECT applied FROM analytics_journal WHERE id = 1");
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return Status::Internal("analytics_journal has no row");
  co_return static_cast<std::uint64_t>(store::IntOf(rows->rows[0][0]));
}

JournalApplier::JournalApplier(store::Database& db, store::Journal& journal, std::uint64_t applied,
                               Backlog& backlog)
    : db_(db), journal_(journal), applied_(applied), backlog_(backlog), thread_([this] {
        NameThisThread("wm-applier");
        boost::asio::co_spawn(io_, Run(), boost::asio::detached);
        io_.run();
      }) {}

JournalApplier::~JournalApplier() {
  stopping_ = true;
  boost::asio::post(io_, [this] {
    idle_.cancel();
    pause_.cancel();
  });
  thread_.join();
}

void JournalApplier::Wake() {
  boost::asio::post(io_, [this] { idle_.cancel(); });
}

awaitable<void> JournalApplier::Run() {
  int failures = 0;  // in a row, of the first record not stored
  while (!stopping_) {
    // Checked and waited for in one go on this thread, where Wake's cancel also runs: a
    // record made durable after the check wakes the wait.
    if (journal_.durable() <= applied()) {
      co_await Sleep(idle_, kIdleCheck);
      continue;
    }
    // The records of a failed turn go one a turn, so that one bad record holds up only
    // itself; the others are stored at once.
    const Status status = co_await Turn(applied() < narrow_through_ ? 1 : kTurnBytes);
    if (status.ok()) {
      failures = 0;
      continue;
    }
    spdlog::warn("analytics.journal_apply_failed after={} error=\"{}\"", applied(),
                 status.message());
    // A store that is busy, closing or failing its disk is no fault of the record: it is
    // tried again until the store recovers, never passed over.
    if (RecordAtFault(status) && ++failures >= kAttempts) {
      if (Status skipped = co_await Skip(status); skipped.ok()) failures = 0;
    }
    co_await Sleep(pause_, kRetryWait);
  }
}

awaitable<Status> JournalApplier::Turn(std::size_t max_bytes) {
  std::unique_ptr<TurnWork> work = std::move(ahead_);
  if (!work) {
    auto read = PrepareTurn(journal_, applied(), max_bytes);
    if (!read.ok()) co_return read.status();
    work = std::make_unique<TurnWork>(std::move(*read));
  }
  if (work->last == 0) co_return Status::Ok();
  // Made ready ahead only at full pace: after a failure, turns are narrowed to one record.
  const Status status = co_await Store(*work, max_bytes == kTurnBytes);
  if (!status.ok()) {
    ahead_.reset();  // read past what failed: read again after the retry
    narrow_through_ = std::max(narrow_through_, work->last);
    co_return status;
  }
  std::vector<std::pair<std::string, std::size_t>> by_project;
  for (const JournalBatch& batch : work->batches) {
    by_project.emplace_back(batch.project_id, batch.events.size());
  }
  applied_.store(work->last, std::memory_order_release);
  backlog_.Stored(work->items, by_project);
  journal_.Release(work->last);
  co_return Status::Ok();
}

awaitable<Status> JournalApplier::Store(const TurnWork& work, bool read_ahead) {
  std::optional<Status> stored;
  boost::asio::co_spawn(io_, db_.Write([this, &work](store::Transaction& tx) -> Status {
    if (Status s = StoreBatches(tx, work, seen_); !s.ok()) return s;
    return SaveApplied(tx, work.last);
  }),
                        [this, &stored](std::exception_ptr failure, Status status) {
                          stored = failure ? Status::Internal("analytics: the turn's write threw")
                                           : status;
                          stored_.cancel();
                        });
  if (read_ahead) {
    // Once the write has been handed to the writer (it starts on this thread first), the
    // next turn's records are read and made ready here while the writer stores these.
    co_await boost::asio::post(io_, boost::asio::use_awaitable);
    // Nothing read, or a failure: the next turn reads for itself (and meets the failure).
    if (auto next = PrepareTurn(journal_, work.last, kTurnBytes); next.ok() && next->last != 0) {
      ahead_ = std::make_unique<TurnWork>(std::move(*next));
    }
  }
  while (!stored) co_await Sleep(stored_, std::chrono::hours(1));
  co_return *stored;
}

awaitable<Status> JournalApplier::Skip(const Status& why) {
  auto records = journal_.Read(applied(), 1);
  if (!records.ok()) co_return records.status();
  if (records->empty()) co_return Status::Ok();
  const std::uint64_t skipped = records->front().sequence;
  const std::size_t items = records->front().items;
  std::vector<std::pair<std::string, std::size_t>> by_project;
  if (auto project = BatchProject(records->front().payload); project.ok()) {
    by_project.emplace_back(std::move(*project), items);
  }
  Status status =
      co_await db_.Write([skipped](store::Transaction& tx) { return SaveApplied(tx, skipped); });
  if (!status.ok()) co_return status;
  spdlog::error("analytics.journal_record_passed_over sequence={} events={} error=\"{}\"", skipped,
                items, why.message());
  applied_.store(skipped, std::memory_order_release);
  backlog_.Stored(items, by_project);
  journal_.Release(skipped);
  co_return Status::Ok();
}

awaitable<void> JournalApplier::Sleep(boost::asio::steady_timer& timer,
                                      std::chrono::milliseconds time) {
  timer.expires_after(time);
  boost::system::error_code ignored;
  co_await timer.async_wait(boost::asio::redirect_error(boost::asio::use_awaitable, ignored));
}

}  // namespace waymark::analytics
