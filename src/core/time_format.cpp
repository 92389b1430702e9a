#include "core/time_format.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace waymark {
namespace {

// Reads exactly `width` digits at `at`, advancing it; nullopt if they are not all digits.
std::optional<int> Digits(std::string_view text, std::size_t& at, std::size_t width) {
  if (at + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  at += width;
  return value;
}

bool Expect(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

// "Z", "+05:30" or "-0800" from `at` to the end: the offset east of UTC, in seconds.
std::optional<std::int64_t> Offset(std::string_view text, std::size_t at) {
  if (at + 1 == text.size() && (text[at] == 'Z' || text[at] == 'z')) return 0;
  if (at >= text.size() || (text[at] != '+' && text[at] != '-')) return std::nullopt;
  const int sign = text[at++] == '-' ? -1 : 1;
  auto hours = Digits(text, at, 2);
  Expect(text, at, ':');
  auto minutes = Digits(text, at, 2);
  if (!hours || !minutes || at != text.size() || *hours > 23 || *minutes > 59) {
    return std::nullopt;
  }
  return sign * (*hours * 3600 + *minutes * 60);
}

// "T09:30:00.250+05:30" from `at`: seconds since midnight, minus the offset.
std::optional<std::int64_t> TimeOfDay(std::string_view text, std::size_t at) {
  if (at >= text.size() || (text[at] != 'T' && text[at] != 't' && text[at] != ' ')) {
    return std::nullopt;
  }
  ++at;
  auto hours = Digits(text, at, 2);
  bool colon = Expect(text, at, ':');
  auto minutes = Digits(text, at, 2);
  bool colon2 = Expect(text, at, ':');
  auto seconds = Digits(text, at, 2);
  if (!hours || !colon || !minutes || !colon2 || !seconds) return std::nullopt;
  if (*hours > 23 || *minutes > 59 || *seconds > 60) return std::nullopt;
  if (at < text.size() && text[at] == '.') {
    std::size_t digits_start = ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == digits_start) return std::nullopt;
  }
  auto offset = Offset(text, at);
  if (!offset) return std::nullopt;
  // A leap second (":60") is read as the first second of the next minute.
  return *hours * 3600 + *minutes * 60 + *seconds - *offset;
}

}  // namespace

std::string IsoDate(std::chrono::sys_days day) {
  const std::chrono::year_month_day date{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return text;
}

std::optional<std::chrono::sys_days> ParseIsoDate(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  const std::optional<std::int64_t> at = ParseIso8601(text);
  if (!at) return std::nullopt;
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds(*at)});
}

std::string Iso8601(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds at{seconds(unix_seconds)};
  const sys_days day = floor<days>(at);
  const year_month_day date{day};
  const hh_mm_ss time{at - day};
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", int(date.year()),
                unsigned(date.month()), unsigned(date.day()), long(time.hours().count()),
                long(time.minutes().count()), long(time.seconds().count()));
  return text;
}

std::string Iso8601Millis(std::int64_t unix_ms) {
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(unix_ms % 1000));
  return Iso8601(unix_ms / 1000).insert(19, fraction);
}

std::optional<std::int64_t> ParseIso8601(std::string_view text) {
  using namespace std::chrono;
  std::size_t at = 0;
  auto y = Digits(text, at, 4);
  bool dash = Expect(text, at, '-');
  auto m = Digits(text, at, 2);
  bool dash2 = Expect(text, at, '-');
  auto d = Digits(text, at, 2);
  if (!y || !dash || !m || !dash2 || !d || *y < 1970) return std::nullopt;
  const year_month_day date{year(*y), month(unsigned(*m)), day(unsigned(*d))};
  if (!date.ok()) return std::nullopt;
  const std::int64_t midnight = sys_seconds(sys_days(date)).time_since_epoch().count();
  if (at == text.size()) return midnight;
  auto time = TimeOfDay(text, at);
  if (!time) return std::nullopt;
  return midnight + *time;
}

}  // namespace waymark
