#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "traffic/day_tally.hpp"
#include "traffic/log_line.hpp"

namespace waymark::traffic {

// Whole days, both ends included; an open end takes every day on that side.
struct DayRange {
  std::optional<std::chrono::sys_days> since;
  std::optional<std::chrono::sys_days> until;

  bool Holds(std::chrono::sys_days day) const {
    return (!since || day >= *since) && (!until || day <= *until);
  }
};

// What happened to the lines read: each one is counted once, in one of these.
struct LineCounts {
  std::uint64_t counted = 0;
  std::uint64_t outside_range = 0;  // well-formed, dated outside the range asked for
  std::array<std::uint64_t, kLineProblemCount> skipped{};  // by LineProblem

  std::uint64_t Skipped() const;
  std::uint64_t Read() const { return counted + outside_range + Skipped(); }
};

// The traffic of a set of log lines, by day. Lines may come in any order.
class Tally {
 public:
  explicit Tally(TallyLimits limits = {}, DayRange range = {});

  // Parses and counts one line (without its '\n').
  void AddLine(std::string_view text);
  // Counts a line that was not read whole (see kMaxLineBytes).
  void AddProblem(LineProblem problem);
  // Something about the input as a whole that a report must say (a truncated gzip file,
  // a file that vanished); in the order they happened.
  void AddNote(std::string note) { notes_.push_back(std::move(note)); }
  // Seals every day before `day` (see DayTally::Seal).
  void SealBefore(std::chrono::sys_days day);
  // Drops every day before `day`, for a tally kept running past its retention.
  void ForgetBefore(std::chrono::sys_days day);

  const std::map<std::chrono::sys_days, DayTally>& Days() const { return days_; }
  const LineCounts& Lines() const { return lines_; }
  const std::vector<std::string>& Notes() const { return notes_; }
  const TallyLimits& Limits() const { return limits_; }

 private:
  DayTally& DayOf(std::chrono::sys_days day);

  TallyLimits limits_;
  DayRange range_;
  std::map<std::chrono::sys_days, DayTally> days_;
  DayTally* last_ = nullptr;  // lines come mostly in order: the day of the previous one
  std::chrono::sys_days last_day_{};
  LineCounts lines_;
  std::vector<std::string> notes_;
};

}  // namespace waymark::traffic
