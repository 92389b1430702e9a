#include "analytics/ingestor.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <unordered_map>

#include "analytics/journal_batch.hpp"
#include "core/clock.hpp"
#include "core/run_blocking.hpp"

namespace waymark::analytics {
namespace {

// How often Settle looks whether the applier has caught up.
constexpr std::chrono::milliseconds kSettlePoll{2};

}  // namespace

Result<std::unique_ptr<Ingestor>> Ingestor::Open(store::Database& db,
                                                 const std::filesystem::path& journal_dir,
                                                 std::size_t max_pending_events) {
  auto applied = RunBlocking(LoadApplied(db));
  if (!applied.ok()) return applied.status();
  // What a stop left is pending for its project from the first request on. A record that
  // cannot be read counts in the total only; the applier reports it.
  std::unordered_map<std::string, std::size_t> found;
  auto journal = store::Journal::Open({.dir = journal_dir}, *applied,
                                      [&found](std::string_view payload, std::uint32_t items) {
                                        if (auto project = BatchProject(payload); project.ok())
                                          found[*project] += items;
                                      });
  if (!journal.ok()) return journal.status();
  if ((*journal)->bytes_cut() > 0) {
    // A torn record, or after a crash what a reused segment held past the last record.
    spdlog::warn("analytics.journal_tail_cut bytes={}", (*journal)->bytes_cut());
  }
  if ((*journal)->items_found() > 0) {
    spdlog::info("analytics.journal_backlog events={} projects={}", (*journal)->items_found(),
                 found.size());
  }
  const std::vector<std::pair<std::string, std::size_t>> by_project(found.begin(), found.end());
  return std::unique_ptr<Ingestor>(
      new Ingestor(db, std::move(*journal), *applied, by_project, max_pending_events));
}

Ingestor::Ingestor(store::Database& db, std::unique_ptr<store::Journal> journal,
                   std::uint64_t applied, Backlog::ByProject found, std::size_t max_pending_events)
    : max_pending_(max_pending_events),
      backlog_(journal->items_found(), found),
      journal_(std::move(journal)),
      applier_(db, *journal_, applied, backlog_) {
  journal_->OnDurable([this] { applier_.Wake(); });
}

Ingestor::~Ingestor() {
  journal_->OnDurable({});  // the applier goes first; the journal's last flush must not wake it
}

boost::asio::awaitable<Status> Ingestor::Save(std::string_view project_id,
                                              std::span<const Event> events,
                                              std::span<const ProfileUpdate> profiles) {
  if (events.empty()) co_return Status::Ok();
  const std::size_t count = events.size();
  if (!backlog_.Admit(project_id, count, max_pending_)) {
    co_return Status::Unavailable("analytics: too many events waiting to be stored");
  }
  std::string payload = EncodeBatch(project_id, UnixNowMs(), events, profiles);
  auto sequence = co_await journal_->Append(std::move(payload), static_cast<std::uint32_t>(count));
  if (!sequence.ok()) {
    backlog_.Withdraw(project_id, count);
    // A failing disk (full, say) refuses events for now, not for good: the sender retries.
    if (sequence.status().code() == Status::Code::kIo) {
      co_return Status::Unavailable("analytics: " + sequence.status().message());
    }
    co_return sequence.status();
  }
  co_return Status::Ok();
}

boost::asio::awaitable<bool> Ingestor::Settle(std::chrono::milliseconds patience) {
  const std::uint64_t durable = journal_->durable();
  const auto deadline = std::chrono::steady_clock::now() + patience;
  boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor);
  while (applier_.applied() < durable) {
    if (std::chrono::steady_clock::now() >= deadline) co_return false;
    timer.expires_after(kSettlePoll);
    co_await timer.async_wait(boost::asio::use_awaitable);
  }
  co_return true;
}

}  // namespace waymark::analytics
