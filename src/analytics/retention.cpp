#include "analytics/retention.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "analytics/event_rules.hpp"
#include "analytics/rollup.hpp"
#include "core/clock.hpp"
#include "core/thread_name.hpp"

namespace waymark::analytics {
namespace {

using boost::asio::awaitable;
using store::Value;

constexpr std::int64_t kChunk = 2000;
constexpr std::int64_t kDayMs = 86'400'000;

awaitable<Result<std::vector<std::string>>> Projects(store::Database& db) {
  auto rows = co_await db.Query("SELECT id FROM projects ORDER BY id");
  if (!rows.ok()) co_return rows.status();
  std::vector<std::string> ids;
  for (const auto& row : rows->rows) ids.push_back(store::TextOf(row[0]));
  co_return ids;
}

// Deletes a project's events received before `cutoff`: the old ones are found on a reader
// (the scan may be long), then deleted by id on the writer, a chunk a transaction.
awaitable<Result<std::int64_t>> SweepEvents(store::Database& db, const std::string& project,
                                            std::int64_t cutoff) {
  std::int64_t deleted = 0;
  std::string after;
  for (;;) {
    std::vector<Value> params{project, after, cutoff, kChunk};
    auto old = co_await db.Query(
        "SELECT event_id FROM events WHERE project_id = ? AND event_id > ? AND received_at < ? "
        "ORDER BY event_id LIMIT ?",
        std::move(params));
    if (!old.ok()) co_return old.status();
    if (old->empty()) co_return deleted;
    std::vector<Value> ids{project};
    for (const auto& row : old->rows) ids.push_back(row[0]);
    after = store::TextOf(old->rows.back()[0]);
    const std::string sql = "DELETE FROM events WHERE project_id = ? AND event_id IN (" +
                            store::Placeholders(ids.size() - 1) + ")";
    Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
      auto changed = tx.Execute(sql, ids);
      if (!changed.ok()) return changed.status();
      deleted += *changed;
      return Status::Ok();
    });
    if (!status.ok()) co_return status;
    if (static_cast<std::int64_t>(old->size()) < kChunk) co_return deleted;
  }
}

// Sightings of a period no event can reach any more: days before the oldest accepted event
// time, months before that day's month.
awaitable<Result<std::int64_t>> SweepSightings(store::Database& db, const std::string& project,
                                               std::int64_t now_ms) {
  const std::int64_t oldest = now_ms - kMaxAgeMs - kDayMs;
  const std::string day_cutoff = DayPeriod(DayOf(oldest));
  const std::string month_cutoff = MonthPeriod(MonthOf(oldest));
  std::int64_t deleted = 0;
  for (;;) {
    std::int64_t changed_now = 0;
    Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
      const std::array<Value, 7> params{project,    day_cutoff,   month_cutoff, project,
                                        day_cutoff, month_cutoff, kChunk};
      auto changed = tx.Execute(
          "DELETE FROM event_rollup_users WHERE project_id = ? AND "
          "(period < ? OR (period >= 'm' AND period < ?)) AND "
          "(project_id, period, subject, metric, user_key) IN (SELECT project_id, period, "
          "subject, metric, user_key FROM event_rollup_users WHERE project_id = ? AND "
          "(period < ? OR (period >= 'm' AND period < ?)) LIMIT ?)",
          params);
      if (!changed.ok()) return changed.status();
      changed_now = *changed;
      return Status::Ok();
    });
    if (!status.ok()) co_return status;
    deleted += changed_now;
    if (changed_now < kChunk) co_return deleted;
  }
}

}  // namespace

awaitable<Result<Swept>> SweepOnce(store::Database& db, int retention_days, std::int64_t now_ms) {
  auto projects = co_await Projects(db);
  if (!projects.ok()) co_return projects.status();
  Swept swept;
  for (const std::string& project : *projects) {
    if (retention_days > 0) {
      auto events = co_await SweepEvents(db, project, now_ms - retention_days * kDayMs);
      if (!events.ok()) co_return events.status();
      swept.events += *events;
    }
    auto sightings = co_await SweepSightings(db, project, now_ms);
    if (!sightings.ok()) co_return sightings.status();
    swept.sightings += *sightings;
  }
  co_return swept;
}

Retention::Retention(store::Database& db, int retention_days)
    : db_(db), retention_days_(retention_days) {
  boost::asio::co_spawn(io_, Run(), boost::asio::detached);
  thread_ = std::thread([this] {
    NameThisThread("wm-retention");
    io_.run();
  });
}

Retention::~Retention() {
  stopping_ = true;
  boost::asio::post(io_, [this] { timer_.cancel(); });
  thread_.join();
}

awaitable<void> Retention::Run() {
  while (!stopping_) {
    auto swept = co_await SweepOnce(db_, retention_days_, UnixNowMs());
    if (!swept.ok()) {
      spdlog::warn("analytics.retention_failed error=\"{}\"", swept.status().message());
    } else if (swept->events > 0 || swept->sightings > 0) {
      spdlog::info("analytics.retention events_deleted={} sightings_deleted={}", swept->events,
                   swept->sightings);
    }
    if (stopping_) break;
    timer_.expires_after(kInterval);
    boost::system::error_code ec;  // operation_aborted: stopping
    co_await timer_.async_wait(boost::asio::redirect_error(boost::asio::use_awaitable, ec));
  }
}

}  // namespace waymark::analytics
