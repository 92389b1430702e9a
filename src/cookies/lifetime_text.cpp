#include "cookies/lifetime_text.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace waymark::cookies {
namespace {

struct Unit {
  std::int64_t seconds;
  std::string_view one;
  std::string_view many;
};

// A year is 365 days here, as in the registry: the policy states lifetimes as the
// Max-Age the browser is given, not calendar years.
constexpr std::array kUnits{Unit{365 * 24 * 3600, "year", "years"}, Unit{24 * 3600, "day", "days"},
                            Unit{3600, "hour", "hours"}, Unit{60, "minute", "minutes"},
                            Unit{1, "second", "seconds"}};

}  // namespace

std::string DurationText(std::chrono::seconds duration) {
  const std::int64_t total = duration.count();
  for (const Unit& unit : kUnits) {
    if (total == 0 || total % unit.seconds != 0) continue;
    const std::int64_t count = total / unit.seconds;
    return std::to_string(count) + " " + std::string(count == 1 ? unit.one : unit.many);
  }
  return std::to_string(total) + " seconds";
}

std::string LifetimeText(const CookieSpec& spec) {
  std::string text = spec.max_age ? DurationText(*spec.max_age) : "Session";
  if (spec.extended_max_age) {
    text += "; " + DurationText(*spec.extended_max_age) + " with \u201Cremember me\u201D";
  }
  return text;
}

}  // namespace waymark::cookies
