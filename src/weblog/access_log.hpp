#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/status.hpp"
#include "weblog/combined_format.hpp"
#include "weblog/log_file.hpp"

namespace waymark::weblog {

struct AccessLogOptions {
  std::filesystem::path dir;  // the log is dir/access.log; created when missing
  std::uint64_t rotate_bytes = std::uint64_t{100} << 20;  // 0 = never by size
  bool rotate_daily = true;   // turn off, with rotate_bytes = 0, when logrotate rotates
  int retention_days = 30;    // rotated files older than this are deleted; 0 = keep forever
  bool anonymize_ip = false;  // see AnonymizeIp
  std::chrono::milliseconds flush_interval{100};
  std::size_t flush_bytes = 256 << 10;        // wake the writer early once this much is waiting
  std::size_t max_buffered_bytes = 16 << 20;  // past this (disk stuck) new lines are dropped
  // Tests move time; empty means std::chrono::system_clock::now.
  std::function<std::chrono::system_clock::time_point()> clock;
};

// A snapshot of the counters, for the ops module to publish.
struct AccessLogStats {
  std::uint64_t lines_written = 0;
  std::uint64_t lines_dropped = 0;
  std::uint64_t bytes_written = 0;
  std::uint64_t rotations = 0;
};

// The access log. I/O threads call Write, which formats the line outside any lock and
// then only appends it to a shared buffer under a short lock; a background thread takes
// the whole buffer every flush_interval (sooner when it grows past flush_bytes) and
// writes it with one write(2). A disk that stalls therefore stalls only that thread, and
// the buffer is capped, so memory stays bounded: at most twice max_buffered_bytes (one
// buffer filling, one being written).
class AccessLog {
 public:
  static Result<std::unique_ptr<AccessLog>> Open(AccessLogOptions options);

  // Writes everything accepted, then stops the writer. REQUIRES: no Write is running.
  ~AccessLog();

  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Never waits for the disk; drops the line (and counts it) when the buffer is full.
  void Write(const AccessRecord& record);

  // Asks the writer to close and reopen the file by name, for logrotate's SIGHUP. Returns
  // at once. Not async-signal-safe: call it from the signal_set handler, not the signal.
  void Reopen();

  // Returns once every line accepted before the call has been handed to the kernel.
  void Flush();

  AccessLogStats Stats() const;
  const std::filesystem::path& Path() const { return path_; }

 private:
  AccessLog(AccessLogOptions options, LogFile file);

  std::chrono::system_clock::time_point Now() const;
  void Run();  // the writer thread

  const AccessLogOptions options_;
  const std::filesystem::path path_;
  LogCounters counters_;
  LogFile file_;       // writer thread only
  std::string batch_;  // writer thread only: the buffer being written

  std::mutex mutex_;
  std::condition_variable work_ready_;     // wakes the writer
  std::condition_variable flush_done_cv_;  // wakes Flush callers
  std::string pending_;                    // GUARDED_BY(mutex_): lines not yet taken
  bool reopen_ = false;                    // GUARDED_BY(mutex_)
  bool stop_ = false;                      // GUARDED_BY(mutex_)
  std::uint64_t flush_wanted_ = 0;         // GUARDED_BY(mutex_): tickets handed out
  std::uint64_t flush_done_ = 0;           // GUARDED_BY(mutex_): tickets served

  std::thread writer_;  // last: starts once everything above exists
};

}  // namespace waymark::weblog
