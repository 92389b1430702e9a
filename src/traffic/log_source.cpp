#include "traffic/log_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "traffic/line_splitter.hpp"

namespace waymark::traffic {
namespace {

constexpr std::size_t kChunk = 1 << 20;

// read(2) until `size` bytes or the end; -1 on an error (errno set).
ssize_t ReadFull(int fd, char* data, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(fd, data + got, size - got);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    got += static_cast<std::size_t>(n);
  }
  return static_cast<ssize_t>(got);
}

bool IsGzip(const char* data, ssize_t size) {
  return size >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

std::string Counted(const Tally& tally, std::uint64_t lines_before) {
  return std::to_string(tally.Lines().Read() - lines_before) + " lines before it were read";
}

}  // namespace

Result<LogSource> LogSource::Open(const std::filesystem::path& path) {
  const bool standard_input = path == "-";
  const int fd = standard_input ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Io(path.string() + ": " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    const std::string why = S_ISDIR(info.st_mode) ? "is a directory" : std::strerror(errno);
    ::close(fd);
    return Status::Io(path.string() + ": " + why);
  }
  const std::uint64_t size = S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_size) : 0;
  const std::uint64_t identity =
      (static_cast<std::uint64_t>(info.st_dev) << 40) ^ static_cast<std::uint64_t>(info.st_ino);
  char magic[2];
  const bool compressed =
      S_ISREG(info.st_mode) && ::pread(fd, magic, 2, 0) == 2 && IsGzip(magic, 2);
  return LogSource(standard_input ? "standard input" : path.string(), fd, size, identity,
                   compressed);
}

LogSource::LogSource(std::string name, int fd, std::uint64_t size, std::uint64_t identity,
                     bool compressed)
    : name_(std::move(name)), fd_(fd), size_(size), identity_(identity), compressed_(compressed) {}

LogSource::LogSource(LogSource&& other) noexcept
    : name_(std::move(other.name_)),
      fd_(std::exchange(other.fd_, -1)),
      size_(other.size_),
      identity_(other.identity_),
      compressed_(other.compressed_) {}

LogSource& LogSource::operator=(LogSource&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    name_ = std::move(other.name_);
    fd_ = std::exchange(other.fd_, -1);
    size_ = other.size_;
    identity_ = other.identity_;
    compressed_ = other.compressed_;
  }
  return *this;
}

LogSource::~LogSource() {
  if (fd_ >= 0) ::close(fd_);
}

LogSource::Read LogSource::ReadInto(Tally& tally, std::uint64_t offset, bool last_line_complete,
                                    const std::function<void(std::uint64_t)>& progress) {
  if (compressed_) return ReadGzip(tally, offset, last_line_complete, progress);
  return ReadPlain(tally, offset, last_line_complete, progress);
}

LogSource::Read LogSource::ReadPlain(Tally& tally, std::uint64_t offset, bool last_line_complete,
                                     const std::function<void(std::uint64_t)>& progress) {
  if (offset > 0 && ::lseek(fd_, static_cast<off_t>(offset), SEEK_SET) < 0) {
    tally.AddNote(name_ + ": cannot resume at byte " + std::to_string(offset) + ": " +
                  std::strerror(errno));
    return {offset, 0};
  }
  std::vector<char> buffer(kChunk);
  LineSplitter lines(tally);
  std::uint64_t read = 0;
  bool first = offset == 0;
  for (;;) {
    const ssize_t n = ReadFull(fd_, buffer.data(), buffer.size());
    if (n < 0) {
      tally.AddNote(name_ + ": read failed after " + std::to_string(read) +
                    " bytes: " + std::strerror(errno));
      break;
    }
    if (first && IsGzip(buffer.data(), n)) {  // a compressed pipe: start over as gzip
      compressed_ = true;
      return ReadGzip(tally, 0, last_line_complete, progress,
                      std::string_view(buffer.data(), static_cast<std::size_t>(n)));
    }
    first = false;
    if (n == 0) break;
    read += static_cast<std::uint64_t>(n);
    lines.Feed({buffer.data(), static_cast<std::size_t>(n)});
    if (progress) progress(read);
  }
  if (last_line_complete) {
    lines.Finish();
    return {offset + read, read};
  }
  return {offset + lines.WholeLineBytes(), read};
}

LogSource::Read LogSource::ReadGzip(Tally& tally, std::uint64_t offset, bool last_line_complete,
                                    const std::function<void(std::uint64_t)>& progress,
                                    std::string_view already_read) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) {
    tally.AddNote(name_ + ": cannot start decompressing");
    return {};
  }
  std::vector<char> in(kChunk), out(kChunk);
  LineSplitter lines(tally);
  const std::uint64_t lines_before = tally.Lines().Read();
  std::uint64_t read = 0;
  bool in_member = true;  // inside a gzip member whose end has not been seen
  std::string_view pending = already_read;
  std::uint64_t to_skip = offset;  // text counted by an earlier read
  for (bool end_of_file = false; !end_of_file;) {
    if (pending.empty()) {
      const ssize_t n = ReadFull(fd_, in.data(), in.size());
      if (n < 0) {
        tally.AddNote(name_ + ": read failed: " + std::strerror(errno) + "; " +
                      Counted(tally, lines_before));
        break;
      }
      pending = {in.data(), static_cast<std::size_t>(n)};
      end_of_file = n == 0;
    }
    read += pending.size();
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(pending.data()));
    stream.avail_in = static_cast<uInt>(pending.size());
    pending = {};
    int status = Z_OK;
    while (stream.avail_in > 0 && status != Z_DATA_ERROR) {
      if (!in_member) {  // another member follows (files joined with cat)
        inflateReset(&stream);
        in_member = true;
      }
      stream.next_out = reinterpret_cast<Bytef*>(out.data());
      stream.avail_out = static_cast<uInt>(out.size());
      status = inflate(&stream, Z_NO_FLUSH);
      std::string_view text(out.data(), out.size() - stream.avail_out);
      const std::size_t skipped =
          static_cast<std::size_t>(std::min<std::uint64_t>(to_skip, text.size()));
      to_skip -= skipped;
      lines.Feed(text.substr(skipped));
      if (status == Z_STREAM_END) in_member = false;
      if (status == Z_BUF_ERROR) break;  // needs more input
    }
    if (status == Z_DATA_ERROR || status == Z_MEM_ERROR || status == Z_NEED_DICT) {
      tally.AddNote(name_ + ": corrupt compressed data at byte " +
                    std::to_string(read - stream.avail_in) + "; " + Counted(tally, lines_before));
      in_member = false;
      break;
    }
    if (progress) progress(read);
  }
  inflateEnd(&stream);
  if (in_member && read > 0) {
    tally.AddNote(name_ + ": the compressed file ends early (truncated?); " +
                  Counted(tally, lines_before));
  }
  if (!last_line_complete) return {offset + lines.WholeLineBytes(), read};
  lines.Finish();
  return {offset + lines.WholeLineBytes(), read};
}

std::string LogSource::Head(std::size_t bytes) const {
  // Compressed text needs more file bytes than it has text; a log compresses about 10:1,
  // so this much yields any head a caller needs.
  std::string head(compressed_ ? bytes + (64 << 10) : bytes, '\0');
  const ssize_t n = ::pread(fd_, head.data(), head.size(), 0);
  head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  if (!compressed_) return head;
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return {};
  std::string text(bytes, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(head.data());
  stream.avail_in = static_cast<uInt>(head.size());
  stream.next_out = reinterpret_cast<Bytef*>(text.data());
  stream.avail_out = static_cast<uInt>(text.size());
  inflate(&stream, Z_SYNC_FLUSH);
  text.resize(text.size() - stream.avail_out);
  inflateEnd(&stream);
  return text;
}

}  // namespace waymark::traffic
