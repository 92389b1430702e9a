#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "core/status.hpp"
#include "weblog/rotation.hpp"

namespace waymark::weblog {

// What the access log has done so far. Every line offered ends up counted once, as
// written or as dropped. Updated by one thread, read by any.
struct LogCounters {
  std::atomic<std::uint64_t> lines_written{0};
  std::atomic<std::uint64_t> lines_dropped{0};
  std::atomic<std::uint64_t> bytes_written{0};
  std::atomic<std::uint64_t> rotations{0};
};

// The open access.log: appends batches of whole lines, rotates itself as its policy says,
// and reopens by name after logrotate moved it. Failures are logged once (not once a
// batch) and never stop the writer: a line that cannot be written is counted as dropped.
// Only the writer thread uses a LogFile.
class LogFile {
 public:
  using TimePoint = std::chrono::system_clock::time_point;

  // Creates the directory, opens (or creates) `path` for appending and applies retention.
  static Result<LogFile> Open(std::filesystem::path path, RotationPolicy policy, TimePoint now);

  LogFile(LogFile&& other) noexcept;
  LogFile& operator=(LogFile&&) = delete;
  ~LogFile();

  // Appends `batch`, which ends with '\n', rotating before any line that is due, and
  // counts what it did in `counters`.
  void Append(std::string_view batch, TimePoint now, LogCounters& counters);

  // Opens `path` again. When that fails the current file stays in use.
  void Reopen(TimePoint now);

 private:
  LogFile(std::filesystem::path path, RotationPolicy policy);

  std::size_t ChunkLength(std::string_view batch) const;
  bool Rotate(TimePoint now);
  std::size_t WriteAll(std::string_view bytes);
  void Adopt(int fd, TimePoint now);
  void Fail(std::string_view what, std::error_code error);

  std::filesystem::path path_;
  RotationPolicy policy_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::chrono::sys_days day_{};  // the UTC day of the file's first line
  bool failing_ = false;         // a failure was logged; stay quiet until a write succeeds
};

}  // namespace waymark::weblog
