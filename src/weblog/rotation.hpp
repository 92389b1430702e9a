#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace waymark::weblog {

// When the access log is rotated and how long rotated files are kept.
struct RotationPolicy {
  std::uint64_t max_bytes = 0;  // 0 = never by size
  bool daily = true;            // when the UTC date changes
  int retention_days = 0;       // 0 = keep rotated files forever
};

// Whether the file must be rotated before `incoming_bytes` more are appended. `file_day`
// is the UTC day its first line was written. An empty file is never rotated: that would
// only leave an empty file behind.
bool RotationDue(const RotationPolicy& policy, std::chrono::sys_days file_day,
                 std::uint64_t file_bytes, std::uint64_t incoming_bytes,
                 std::chrono::system_clock::time_point now);

// The length of the longest run of whole lines at the front of `batch` that fits in
// `room` bytes, or of the first line if none fits: a line is never split across two
// files, and a line longer than the size limit is still written.
std::size_t WholeLinesThatFit(std::string_view batch, std::uint64_t room);

// "access.log-20261124-153012" for base "access.log" and that UTC time. They sort by
// time, and `access.log-*` finds them for GoAccess.
std::string RotatedName(std::string_view base, std::chrono::system_clock::time_point now);

// Whether `file_name` was given by RotatedName, possibly with a suffix (".1" when the
// name was taken, ".gz" when someone compressed it). Retention deletes only such files.
bool IsRotatedName(std::string_view file_name, std::string_view base);

// Deletes the rotated files in `dir` last modified more than `retention_days` days before
// `now`, and returns how many it deleted. Files it cannot read or delete are left alone.
int PruneRotated(const std::filesystem::path& dir, std::string_view base, int retention_days,
                 std::chrono::system_clock::time_point now);

}  // namespace waymark::weblog
