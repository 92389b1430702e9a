#include "weblog/log_file.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace waymark::weblog {
namespace {

namespace fs = std::filesystem;

// 0640: the log holds client addresses, which are nobody else's business on the machine.
int OpenForAppend(const fs::path& path) {
  return ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
}

std::error_code LastError() {
  return {errno, std::generic_category()};
}

std::uint64_t Lines(std::string_view bytes) {
  return static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
}

}  // namespace

LogFile::LogFile(fs::path path, RotationPolicy policy) : path_(std::move(path)), policy_(policy) {}

LogFile::LogFile(LogFile&& other) noexcept
    : path_(std::move(other.path_)),
      policy_(other.policy_),
      fd_(std::exchange(other.fd_, -1)),
      size_(other.size_),
      day_(other.day_),
      failing_(other.failing_) {}

LogFile::~LogFile() {
  if (fd_ >= 0) ::close(fd_);
}

Result<LogFile> LogFile::Open(fs::path path, RotationPolicy policy, TimePoint now) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) {
    return Status::Io("cannot create " + path.parent_path().string() + ": " + error.message());
  }
  const int fd = OpenForAppend(path);
  if (fd < 0) return Status::Io("cannot open " + path.string() + ": " + LastError().message());

  LogFile file(std::move(path), policy);
  file.Adopt(fd, now);
  PruneRotated(file.path_.parent_path(), file.path_.filename().native(), policy.retention_days,
               now);
  return file;
}

void LogFile::Append(std::string_view batch, TimePoint now, LogCounters& counters) {
  bool may_rotate = true;  // after a failed rotation, retry with the next batch, not each line
  while (!batch.empty()) {
    std::size_t length = ChunkLength(batch);
    if (may_rotate && RotationDue(policy_, day_, size_, length, now)) {
      may_rotate = Rotate(now);
      if (may_rotate) ++counters.rotations;
      length = may_rotate ? ChunkLength(batch) : batch.size();
    }
    const std::size_t written = WriteAll(batch.substr(0, length));
    counters.lines_written += Lines(batch.substr(0, written));
    counters.bytes_written += written;
    if (written < length) {
      counters.lines_dropped += Lines(batch.substr(written));
      return;
    }
    batch.remove_prefix(length);
  }
}

void LogFile::Reopen(TimePoint now) {
  const int fd = OpenForAppend(path_);
  if (fd < 0) return Fail("cannot reopen", LastError());
  ::close(fd_);
  Adopt(fd, now);
}

// Without a size limit a batch goes out in one write; with one, only the lines that fit.
std::size_t LogFile::ChunkLength(std::string_view batch) const {
  if (policy_.max_bytes == 0) return batch.size();
  return WholeLinesThatFit(batch, policy_.max_bytes > size_ ? policy_.max_bytes - size_ : 0);
}

bool LogFile::Rotate(TimePoint now) {
  const fs::path dir = path_.parent_path();
  const std::string name = RotatedName(path_.filename().native(), now);
  fs::path target = dir / name;
  for (int i = 1; fs::exists(target); ++i) target = dir / (name + "." + std::to_string(i));

  std::error_code error;
  fs::rename(path_, target, error);
  // Gone already (deleted, or moved by a rotation whose reopen failed): just open anew.
  if (error && error != std::errc::no_such_file_or_directory) {
    Fail("cannot rotate", error);
    return false;
  }
  const int fd = OpenForAppend(path_);
  if (fd < 0) {
    Fail("cannot open after rotation", LastError());
    return false;
  }
  ::close(fd_);
  Adopt(fd, now);
  PruneRotated(dir, path_.filename().native(), policy_.retention_days, now);
  return true;
}

std::size_t LogFile::WriteAll(std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Fail("cannot write", n < 0 ? LastError() : std::make_error_code(std::errc::io_error));
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  size_ += done;
  if (done == bytes.size() && failing_) {
    spdlog::info("access log {}: writing again", path_.string());
    failing_ = false;
  }
  return done;
}

// A file that already holds lines keeps the day of its last write, so a server restarted
// the next morning still rotates yesterday's lines away.
void LogFile::Adopt(int fd, TimePoint now) {
  fd_ = fd;
  struct stat info {};
  const bool known = ::fstat(fd, &info) == 0;
  size_ = known ? static_cast<std::uint64_t>(info.st_size) : 0;
  const auto modified = std::chrono::system_clock::from_time_t(info.st_mtim.tv_sec);
  day_ = std::chrono::floor<std::chrono::days>(size_ > 0 ? modified : now);
}

void LogFile::Fail(std::string_view what, std::error_code error) {
  if (!failing_) spdlog::error("access log {}: {}: {}", path_.string(), what, error.message());
  failing_ = true;
}

}  // namespace waymark::weblog
