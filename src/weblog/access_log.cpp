#include "weblog/access_log.hpp"

#include <utility>

#include "weblog/ip_anonymize.hpp"

namespace waymark::weblog {

Result<std::unique_ptr<AccessLog>> AccessLog::Open(AccessLogOptions options) {
  if (!options.clock) options.clock = [] { return std::chrono::system_clock::now(); };
  const RotationPolicy policy{options.rotate_bytes, options.rotate_daily, options.retention_days};
  auto file = LogFile::Open(options.dir / "access.log", policy, options.clock());
  if (!file.ok()) return file.status();
  return std::unique_ptr<AccessLog>(new AccessLog(std::move(options), std::move(*file)));
}

AccessLog::AccessLog(AccessLogOptions options, LogFile file)
    : options_(std::move(options)),
      path_(options_.dir / "access.log"),
      file_(std::move(file)),
      writer_([this] { Run(); }) {}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  work_ready_.notify_one();
  writer_.join();
}

void AccessLog::Write(const AccessRecord& record) {
  // Formatting is the expensive part and happens before the lock, in a buffer each
  // thread reuses, so the lock covers one memcpy.
  thread_local std::string line;
  line.clear();
  if (options_.anonymize_ip) {
    const std::string address = AnonymizeIp(record.remote_addr);
    AccessRecord anonymized = record;
    anonymized.remote_addr = address;
    AppendCombined(line, anonymized);
  } else {
    AppendCombined(line, record);
  }

  bool wake = false;
  {
    std::lock_guard lock(mutex_);
    if (pending_.size() + line.size() > options_.max_buffered_bytes) {
      counters_.lines_dropped.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    // Wake the writer when it sleeps on an empty buffer, or when this line crosses the
    // threshold; the lines in between only append.
    const std::size_t before = pending_.size();
    pending_.append(line);
    wake =
        before == 0 || (before < options_.flush_bytes && pending_.size() >= options_.flush_bytes);
  }
  if (wake) work_ready_.notify_one();
}

void AccessLog::Reopen() {
  {
    std::lock_guard lock(mutex_);
    reopen_ = true;
  }
  work_ready_.notify_one();
}

void AccessLog::Flush() {
  std::unique_lock lock(mutex_);
  const std::uint64_t ticket = ++flush_wanted_;
  work_ready_.notify_one();
  flush_done_cv_.wait(lock, [&] { return flush_done_ >= ticket; });
}

AccessLogStats AccessLog::Stats() const {
  return {counters_.lines_written.load(), counters_.lines_dropped.load(),
          counters_.bytes_written.load(), counters_.rotations.load()};
}

void AccessLog::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    // Asleep while there is nothing to do: an idle server makes no wake-ups.
    work_ready_.wait(
        lock, [&] { return !pending_.empty() || reopen_ || stop_ || flush_wanted_ > flush_done_; });
    // Then let the batch grow for one interval, unless someone is waiting for it.
    work_ready_.wait_for(lock, options_.flush_interval, [&] {
      return stop_ || flush_wanted_ > flush_done_ || pending_.size() >= options_.flush_bytes;
    });

    batch_.swap(pending_);  // both keep their capacity: no allocation once warm
    const bool reopen = std::exchange(reopen_, false);
    const std::uint64_t ticket = flush_wanted_;
    lock.unlock();

    const auto now = options_.clock();
    // Reopen first, so lines written after Reopen() returns land in the new file.
    if (reopen) file_.Reopen(now);
    if (!batch_.empty()) file_.Append(batch_, now, counters_);
    batch_.clear();

    lock.lock();
    flush_done_ = ticket;
    flush_done_cv_.notify_all();
    if (stop_ && pending_.empty()) return;
  }
}

}  // namespace waymark::weblog
