#include "traffic/tally.hpp"

#include <numeric>

namespace waymark::traffic {

std::uint64_t LineCounts::Skipped() const {
  return std::accumulate(skipped.begin(), skipped.end(), std::uint64_t{0});
}

Tally::Tally(TallyLimits limits, DayRange range) : limits_(limits), range_(range) {}

void Tally::AddLine(std::string_view text) {
  const ParsedLine parsed = ParseLine(text);
  if (!parsed.line) {
    AddProblem(parsed.problem);
    return;
  }
  const LogLine& line = *parsed.line;
  if (!range_.Holds(line.day)) {
    ++lines_.outside_range;
    return;
  }
  ++lines_.counted;
  DayOf(line.day).Add(line);
}

void Tally::AddProblem(LineProblem problem) {
  ++lines_.skipped[static_cast<int>(problem)];
}

DayTally& Tally::DayOf(std::chrono::sys_days day) {
  if (last_ == nullptr || day != last_day_) {
    last_ = &days_.try_emplace(day, limits_).first->second;
    last_day_ = day;
  }
  return *last_;
}

void Tally::SealBefore(std::chrono::sys_days day) {
  for (auto it = days_.begin(); it != days_.end() && it->first < day; ++it) it->second.Seal();
}

void Tally::ForgetBefore(std::chrono::sys_days day) {
  days_.erase(days_.begin(), days_.lower_bound(day));
  last_ = nullptr;
}

}  // namespace waymark::traffic
