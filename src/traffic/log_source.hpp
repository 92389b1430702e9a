#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "core/status.hpp"
#include "traffic/tally.hpp"

namespace waymark::traffic {

// A log file opened for reading. Opening every file before reading any keeps the set
// consistent while the server rotates its log: a file renamed or deleted after it was
// opened is still read whole, from the same inode.
class LogSource {
 public:
  // `path` "-" is standard input.
  static Result<LogSource> Open(const std::filesystem::path& path);

  LogSource(LogSource&& other) noexcept;
  LogSource& operator=(LogSource&& other) noexcept;
  ~LogSource();

  const std::string& Name() const { return name_; }
  std::uint64_t Size() const { return size_; }  // 0 for a pipe
  bool Compressed() const { return compressed_; }
  // Identifies the file across renames (device and inode), for a reader that resumes.
  std::uint64_t Identity() const { return identity_; }

  // The first `bytes` of the log's text (decompressed), fewer when it is shorter: what a
  // reader that resumes recognises a file by, whatever its name or compression now.
  std::string Head(std::size_t bytes) const;

  // Reads the log's text from `offset` (counted in text bytes, so in decompressed bytes for
  // a compressed file) to the end into `tally`, calling `progress` with the file bytes
  // read so far. A final line without '\n' is counted
  // only when `last_line_complete`; otherwise the returned offset stays before it, so a
  // later read starts with it. Damage (a truncated or corrupt gzip stream, a read error)
  // ends the file with a note in the tally; the lines before it are kept.
  struct Read {
    std::uint64_t end_offset = 0;  // text bytes up to which lines were counted
    std::uint64_t bytes_read = 0;  // from the file, compressed bytes for gzip
  };
  Read ReadInto(Tally& tally, std::uint64_t offset, bool last_line_complete,
                const std::function<void(std::uint64_t)>& progress);

 private:
  LogSource(std::string name, int fd, std::uint64_t size, std::uint64_t identity, bool compressed);

  Read ReadPlain(Tally& tally, std::uint64_t offset, bool last_line_complete,
                 const std::function<void(std::uint64_t)>& progress);
  // `already_read` is the start of the stream when it came from a pipe.
  Read ReadGzip(Tally& tally, std::uint64_t offset, bool last_line_complete,
                const std::function<void(std::uint64_t)>& progress,
                std::string_view already_read = {});

  std::string name_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::uint64_t identity_ = 0;
  bool compressed_ = false;
};

}  // namespace waymark::traffic
