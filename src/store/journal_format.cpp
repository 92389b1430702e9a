#include "store/journal_format.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <string>

namespace waymark::store::journal_format {
namespace {

static_assert(std::endian::native == std::endian::little, "the journal is little-endian");

constexpr std::size_t kScanChunk = 1u << 20;

}  // namespace

std::uint32_t PayloadCrc(std::string_view payload) {
  return static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(payload.data()), static_cast<uInt>(payload.size())));
}

std::uint32_t RecordCrc(std::uint32_t payload_crc, const char* header16) {
  return static_cast<std::uint32_t>(
      crc32(payload_crc, reinterpret_cast<const Bytef*>(header16), 16));
}

void PutHeader(char* out, const Header& header) {
  std::memcpy(out, &header.length, 4);
  std::memcpy(out + 4, &header.items, 4);
  std::memcpy(out + 8, &header.sequence, 8);
  std::memcpy(out + 16, &header.crc, 4);
}

Header GetHeader(const char* in) {
  Header header;
  std::memcpy(&header.length, in, 4);
  std::memcpy(&header.items, in + 4, 4);
  std::memcpy(&header.sequence, in + 8, 8);
  std::memcpy(&header.crc, in + 16, 4);
  return header;
}

bool Follows(const Header& header, std::uint64_t expected) {
  return header.length <= kMaxPayload && header.sequence == expected;
}

bool Intact(const Header& header, const char* header_bytes, std::string_view payload) {
  return header.crc == RecordCrc(PayloadCrc(payload), header_bytes);
}

Status ErrnoStatus(std::string_view what, const std::filesystem::path& path) {
  return Status::Io("journal: " + std::string(what) + " " + path.string() + ": " +
                    std::strerror(errno));
}

Status ReadAt(int fd, char* out, std::size_t size, std::uint64_t offset,
              const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd, out + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return ErrnoStatus("cannot read", path);
    if (n == 0) return Status::Io("journal: " + path.string() + " ends early");
    done += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

Status Damaged(const std::filesystem::path& path, std::uint64_t offset) {
  return Status::Io("journal: " + path.string() + " is damaged at byte " + std::to_string(offset));
}

Result<Scan> ScanSegment(const std::filesystem::path& path, std::uint64_t first,
                         std::uint64_t processed,
                         const std::function<void(std::string_view, std::uint32_t)>& found) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", path);
  Scan scan;
  scan.last = first - 1;
  std::string buffer;
  std::uint64_t buffer_at = 0;  // the file offset of buffer[0]
  std::string chunk(kScanChunk, '\0');
  for (;;) {
    const ssize_t n = ::read(fd, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const Status status = ErrnoStatus("cannot read", path);
      ::close(fd);
      return status;
    }
    if (n == 0) break;
    scan.file_bytes += static_cast<std::uint64_t>(n);
    buffer.append(chunk.data(), static_cast<std::size_t>(n));
    std::size_t at = 0;
    bool torn = false;
    while (buffer.size() - at >= kHeaderBytes) {
      const Header header = GetHeader(buffer.data() + at);
      if (!Follows(header, scan.last + 1)) {
        torn = true;
        break;
      }
      if (buffer.size() - at - kHeaderBytes < header.length) break;  // read on
      const std::string_view payload(buffer.data() + at + kHeaderBytes, header.length);
      if (!Intact(header, buffer.data() + at, payload)) {
        torn = true;
        break;
      }
      scan.last = header.sequence;
      if (header.sequence > processed) {
        scan.items_after += header.items;
        if (found) found(payload, header.items);
      }
      at += kHeaderBytes + header.length;
      scan.intact_bytes = buffer_at + at;
    }
    buffer.erase(0, at);
    buffer_at += at;
    if (torn) {
      scan.file_bytes = static_cast<std::uint64_t>(::lseek(fd, 0, SEEK_END));
      break;
    }
  }
  ::close(fd);
  return scan;
}

}  // namespace waymark::store::journal_format
