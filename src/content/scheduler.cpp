#include "content/scheduler.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <set>

#include "content/post_published.hpp"
#include "core/clock.hpp"
#include "core/thread_name.hpp"

namespace waymark::content {

using boost::asio::awaitable;
using store::Value;

Scheduler::Scheduler(store::Database& db, Snapshots& snapshots) : db_(db), snapshots_(snapshots) {
  boost::asio::co_spawn(io_, Run(), boost::asio::detached);
  thread_ = std::thread([this] {
    NameThisThread("wm-scheduler");
    io_.run();
  });
}

Scheduler::~Scheduler() {
  stopping_ = true;
  Poke();
  thread_.join();
}

void Scheduler::Poke() {
  poked_ = true;
  boost::asio::post(io_, [this] { timer_.cancel(); });
}

awaitable<void> Scheduler::Run() {
  while (!stopping_) {
    poked_ = false;
    const std::int64_t now = UnixNow();
    co_await PublishDuePosts(now);
    co_await RebuildPastBoundaries(now);
    std::optional<std::int64_t> next = co_await NextDue();
    auto sleep = std::chrono::duration_cast<std::chrono::steady_clock::duration>(kMaxSleep);
    if (next) {
      sleep = std::min(sleep, std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                  std::chrono::seconds(std::max<std::int64_t>(*next - now, 0))));
    }
    if (poked_) continue;  // a change came while this pass read the store
    timer_.expires_after(sleep);
    boost::system::error_code ec;  // operation_aborted: poked
    co_await timer_.async_wait(boost::asio::redirect_error(boost::asio::use_awaitable, ec));
  }
}

awaitable<void> Scheduler::PublishDuePosts(std::int64_t now) {
  std::set<std::string> projects;
  Status status = co_await db_.Write([&](store::Transaction& tx) -> Status {
    const std::array<Value, 1> due_params{now};
    auto due = tx.Query(
        "SELECT id, project_id, title, slug, publish_at FROM posts WHERE status = 'scheduled' "
        "AND publish_at <= ?",
        due_params);
    if (!due.ok()) return due.status();
    for (const auto& row : due->rows) {
      const std::array<Value, 2> params{now, store::TextOf(row[0])};
      auto changed = tx.Execute(
          "UPDATE posts SET status = 'published', version = version + 1, updated_at = ? "
          "WHERE id = ? AND status = 'scheduled'",
          params);
      if (!changed.ok()) return changed.status();
      if (*changed == 0) continue;
      Status noted =
          NotePostPublished(tx, store::TextOf(row[1]), store::TextOf(row[0]), store::TextOf(row[2]),
                            store::TextOf(row[3]), store::IntOf(row[4]));
      if (!noted.ok()) return noted;
      projects.insert(store::TextOf(row[1]));
      published_.fetch_add(1);
    }
    return Status::Ok();
  });
  if (!status.ok()) spdlog::warn("scheduler.publish_failed error=\"{}\"", status.message());
  for (const std::string& project : projects) co_await snapshots_.Rebuild(project);
}

awaitable<void> Scheduler::RebuildPastBoundaries(std::int64_t now) {
  for (const Snapshots::Handle& snapshot : snapshots_.Loaded()) {
    if (snapshot->next_boundary && *snapshot->next_boundary <= now) {
      co_await snapshots_.Rebuild(snapshot->project.id);
    }
  }
}

awaitable<std::optional<std::int64_t>> Scheduler::NextDue() {
  std::optional<std::int64_t> next;
  std::vector<Value> none;
  auto rows = co_await db_.Query("SELECT MIN(publish_at) FROM posts WHERE status = 'scheduled'",
                                 std::move(none));
  if (rows.ok() && !rows->empty()) next = store::OptionalIntOf(rows->rows[0][0]);
  for (const Snapshots::Handle& snapshot : snapshots_.Loaded()) {
    if (snapshot->next_boundary && (!next || *snapshot->next_boundary < *next)) {
      next = snapshot->next_boundary;
    }
  }
  co_return next;
}

}  // namespace waymark::content
