#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>

#include "core/status.hpp"

// The analytics journal's files (store/journal.hpp): a record's header and CRC, reading at
// an offset, and the scan that checks a segment's records when the journal opens.
namespace waymark::store::journal_format {

inline constexpr std::size_t kHeaderBytes = 20;
inline constexpr std::uint32_t kMaxPayload = 64u << 20;

struct Header {
  std::uint32_t length = 0;
  std::uint32_t items = 0;
  std::uint64_t sequence = 0;
  std::uint32_t crc = 0;
};

// The CRC-32 of the payload, then of the header's first 16 bytes: the payload's part is
// worked out before the sequence is known, outside the journal's lock.
std::uint32_t PayloadCrc(std::string_view payload);
std::uint32_t RecordCrc(std::uint32_t payload_crc, const char* header16);

void PutHeader(char* out, const Header& header);
Header GetHeader(const char* in);

// Whether `header` can be the record numbered `expected`, before its payload is read.
bool Follows(const Header& header, std::uint64_t expected);
bool Intact(const Header& header, const char* header_bytes, std::string_view payload);

Status ErrnoStatus(std::string_view what, const std::filesystem::path& path);
Status Damaged(const std::filesystem::path& path, std::uint64_t offset);
// Reads exactly `size` bytes at `offset`; a file that ends before is an error.
Status ReadAt(int fd, char* out, std::size_t size, std::uint64_t offset,
              const std::filesystem::path& path);

// What a segment holds: its intact records' bytes, from the start, and their sequences.
struct Scan {
  std::uint64_t intact_bytes = 0;
  std::uint64_t file_bytes = 0;
  std::uint64_t last = 0;  // the last intact record's sequence; first - 1 when none
  std::uint64_t items_after = 0;
};

// Reads the segment whose first record is numbered `first` up to its first record that does
// not follow (a torn tail, a reused segment's old records, or damage), calling `found` for
// each record after `processed`.
Result<Scan> ScanSegment(const std::filesystem::path& path, std::uint64_t first,
                         std::uint64_t processed,
                         const std::function<void(std::string_view, std::uint32_t)>& found);

}  // namespace waymark::store::journal_format
