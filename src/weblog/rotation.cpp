#include "weblog/rotation.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace waymark::weblog {
namespace {

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

bool RotationDue(const RotationPolicy& policy, std::chrono::sys_days file_day,
                 std::uint64_t file_bytes, std::uint64_t incoming_bytes,
                 std::chrono::system_clock::time_point now) {
  if (file_bytes == 0) return false;
  if (policy.daily && std::chrono::floor<std::chrono::days>(now) != file_day) return true;
  return policy.max_bytes != 0 && file_bytes + incoming_bytes > policy.max_bytes;
}

std::size_t WholeLinesThatFit(std::string_view batch, std::uint64_t room) {
  if (batch.size() <= room) return batch.size();
  const auto last_fitting_end = room == 0 ? std::string_view::npos : batch.rfind('\n', room - 1);
  if (last_fitting_end != std::string_view::npos) return last_fitting_end + 1;
  const auto first_end = batch.find('\n');
  return first_end == std::string_view::npos ? batch.size() : first_end + 1;
}

std::string RotatedName(std::string_view base, std::chrono::system_clock::time_point now) {
  using namespace std::chrono;
  const auto second = floor<seconds>(now);
  const auto day = floor<days>(second);
  const year_month_day date{day};
  const hh_mm_ss time{second - day};
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "-%04d%02u%02u-%02d%02d%02d", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return std::string(base) + stamp;
}

bool IsRotatedName(std::string_view file_name, std::string_view base) {
  if (!file_name.starts_with(base)) return false;
  const std::string_view stamp = file_name.substr(base.size());  // "-YYYYMMDD-HHMMSS"
  return stamp.size() >= 16 && stamp[0] == '-' && AllDigits(stamp.substr(1, 8)) &&
         stamp[9] == '-' && AllDigits(stamp.substr(10, 6)) &&
         (stamp.size() == 16 || stamp[16] == '.');
}

int PruneRotated(const std::filesystem::path& dir, std::string_view base, int retention_days,
                 std::chrono::system_clock::time_point now) {
  namespace fs = std::filesystem;
  if (retention_days <= 0) return 0;
  const auto cutoff = now - std::chrono::days(retention_days);
  int deleted = 0;
  std::error_code error;
  // Range-for would throw when an entry vanishes mid-walk; the error_code form does not.
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const fs::directory_entry& entry = *it;
    if (!IsRotatedName(entry.path().filename().native(), base)) continue;
    std::error_code entry_error;
    if (!entry.is_regular_file(entry_error)) continue;
    const auto modified = entry.last_write_time(entry_error);
    if (entry_error || std::chrono::file_clock::to_sys(modified) >= cutoff) continue;
    if (fs::remove(entry.path(), entry_error)) ++deleted;
  }
  return deleted;
}

}  // namespace waymark::weblog
