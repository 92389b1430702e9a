#include "changelog/dates.hpp"

#include <array>
#include <chrono>

#include "core/time_format.hpp"

namespace waymark::changelog {

std::string HumanDate(std::int64_t unix_seconds) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  using namespace std::chrono;
  const year_month_day date{floor<days>(sys_seconds{seconds{unix_seconds}})};
  return std::to_string(unsigned(date.day())) + " " + kMonths[unsigned(date.month()) - 1] + " " +
         std::to_string(int(date.year()));
}

std::string TimeElement(std::int64_t unix_seconds) {
  return "<time datetime=\"" + Iso8601(unix_seconds) + "\">" + HumanDate(unix_seconds) + "</time>";
}

}  // namespace waymark::changelog
