#include "weblog/combined_format.hpp"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace waymark::weblog {
namespace {

// ngx_http_log_escape's table for escape=default.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = c < 0x20 || c > 0x7E || c == '"' || c == '\\';
  return table;
}();

constexpr char kHex[] = "0123456789ABCDEF";
constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

char* TwoDigits(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 10 % 10);
  p[1] = static_cast<char>('0' + v % 10);
  return p + 2;
}

// "10/Oct/2000:13:55:36 +0000". It changes once a second while a busy server writes
// thousands of lines a second, so each thread keeps the last one it formatted.
std::string_view TimeLocal(std::chrono::system_clock::time_point time) {
  using namespace std::chrono;
  struct Cache {
    std::int64_t second = std::numeric_limits<std::int64_t>::min();
    char text[26];
  };
  thread_local Cache cache;

  const auto second = floor<seconds>(time);
  if (second.time_since_epoch().count() != cache.second) {
    const auto day = floor<days>(second);
    const year_month_day date{day};
    const hh_mm_ss clock{second - day};
    char* p = TwoDigits(cache.text, static_cast<unsigned>(date.day()));
    *p++ = '/';
    const std::string_view month = kMonths[static_cast<unsigned>(date.month()) - 1];
    p = std::copy(month.begin(), month.end(), p);
    *p++ = '/';
    const auto y = static_cast<unsigned>(static_cast<int>(date.year()));
    p = TwoDigits(TwoDigits(p, y / 100), y % 100);
    *p++ = ':';
    p = TwoDigits(p, static_cast<unsigned>(clock.hours().count()));
    *p++ = ':';
    p = TwoDigits(p, static_cast<unsigned>(clock.minutes().count()));
    *p++ = ':';
    p = TwoDigits(p, static_cast<unsigned>(clock.seconds().count()));
    std::string_view zone = " +0000";
    std::copy(zone.begin(), zone.end(), p);
    cache.second = second.time_since_epoch().count();
  }
  return {cache.text, sizeof cache.text};
}

// The index of the first byte from `from` on that needs escaping, or value.size(). Almost
// every value is clean, so it tests eight bytes at a time (the "has a byte less than n"
// tricks of Bit Twiddling Hacks), which made the whole line about three times cheaper.
std::size_t FindEscape(std::string_view value, std::size_t from) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  constexpr auto kHasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  std::size_t i = from;
  for (; i + 8 <= value.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, value.data() + i, 8);
    const std::uint64_t suspect = (x & kHigh) | ((x - kOnes * 0x20) & ~x & kHigh) |
                                  kHasZero(x ^ (kOnes * 0x7F)) | kHasZero(x ^ (kOnes * '"')) |
                                  kHasZero(x ^ (kOnes * '\\'));
    if (suspect != 0) break;
  }
  while (i < value.size() && !kNeedsEscape[static_cast<unsigned char>(value[i])]) ++i;
  return i;
}

// A variable that nginx finds empty or absent is written as "-".
void AppendField(std::string& out, std::string_view value) {
  if (value.empty()) {
    out += '-';
  } else {
    AppendEscaped(out, value);
  }
}

void AppendRequest(std::string& out, const AccessRecord& r) {
  if (r.method.empty()) {
    out += '-';
    return;
  }
  AppendEscaped(out, r.method);
  out += ' ';
  AppendEscaped(out, r.target);
  out.append(" HTTP/");
  out += static_cast<char>('0' + r.version / 10 % 10);
  out += '.';
  out += static_cast<char>('0' + r.version % 10);
}

void AppendNumber(std::string& out, std::uint64_t value, int min_digits) {
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  for (auto n = end - digits; n < min_digits; ++n) out += '0';  // nginx: "%03ui"
  out.append(digits, end);
}

}  // namespace

void AppendEscaped(std::string& out, std::string_view value) {
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = FindEscape(value, 0); i < value.size(); i = FindEscape(value, run)) {
    const auto c = static_cast<unsigned char>(value[i]);
    out.append(value.data() + run, i - run);
    const char escaped[] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
    out.append(escaped, sizeof escaped);
    run = i + 1;
  }
  out.append(value.data() + run, value.size() - run);
}

void AppendCombined(std::string& out, const AccessRecord& r) {
  AppendField(out, r.remote_addr);
  out.append(" - - [");  // the literal "-", then $remote_user, which we never know
  out.append(TimeLocal(r.time));
  out.append("] \"");
  AppendRequest(out, r);
  out.append("\" ");
  AppendNumber(out, r.status, 3);
  out += ' ';
  AppendNumber(out, r.body_bytes, 1);
  out.append(" \"");
  AppendField(out, r.referer);
  out.append("\" \"");
  AppendField(out, r.user_agent);
  out.append("\"\n");
}

}  // namespace waymark::weblog
