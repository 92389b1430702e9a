#include "traffic/log_line.hpp"

#include <array>
#include <cstring>

namespace waymark::traffic {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// What an IPv4 or IPv6 address (with a zone) may be written with. A cheap sieve, not a
// parser: it keeps host names, "-" and "unix:" out, as GoAccess does, at no cost per line.
bool LooksLikeIp(std::string_view text) {
  if (text.size() > 64 || text.find_first_of(".:") == std::string_view::npos) return false;
  for (char c : text.substr(0, text.find('%'))) {  // a zone ("%eth0") may be any name
    const bool hex = IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (!hex && c != '.' && c != ':' && c != '%' && c != '[' && c != ']') return false;
  }
  return true;
}

// The value of `n` digits at `p`, or -1 when one is not a digit.
int Digits(const char* p, int n) {
  int value = 0;
  for (int i = 0; i < n; ++i) {
    if (!IsDigit(p[i])) return -1;
    value = value * 10 + (p[i] - '0');
  }
  return value;
}

int MonthOf(const char* p) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string_view name(p, 3);
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m] == name) return m + 1;
  }
  return -1;
}

// "10/Oct/2000:13:55:36 +0000", exactly 26 characters.
bool ReadTime(std::string_view text, LogLine& line) {
  const char* p = text.data();
  if (text.size() != 26 || p[2] != '/' || p[6] != '/' || p[11] != ':' || p[14] != ':' ||
      p[17] != ':' || p[20] != ' ' || (p[21] != '+' && p[21] != '-')) {
    return false;
  }
  const int d = Digits(p, 2), m = MonthOf(p + 3), y = Digits(p + 7, 4);
  const int hour = Digits(p + 12, 2);
  if (d < 0 || m < 0 || y < 0 || hour < 0 || hour > 23 || Digits(p + 15, 2) < 0 ||
      Digits(p + 18, 2) < 0 || Digits(p + 22, 4) < 0) {
    return false;
  }
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month(m),
                                         std::chrono::day(d)};
  if (!date.ok()) return false;
  line.day = std::chrono::sys_days{date};
  line.hour = static_cast<unsigned>(hour);
  return true;
}

// A quoted field starting at `from` (on its opening quote). Returns its inside and moves
// `from` past the closing quote, or false. Apache escapes a quote as \", nginx as \x22.
bool ReadQuoted(std::string_view text, std::size_t& from, std::string_view& field) {
  if (from >= text.size() || text[from] != '"') return false;
  std::size_t end = from + 1;
  for (;;) {
    end = text.find('"', end);
    if (end == std::string_view::npos) return false;
    if (text[end - 1] != '\\') break;
    ++end;
  }
  field = text.substr(from + 1, end - from - 1);
  from = end + 1;
  return true;
}

// "GET /path HTTP/1.1": the method, and the target between the first and last space.
void SplitRequest(std::string_view request, LogLine& line) {
  const std::size_t first = request.find(' ');
  if (first == std::string_view::npos) {
    line.method = request;  // "-" when nginx read no request line
    line.target = request;
    return;
  }
  line.method = request.substr(0, first);
  std::size_t last = request.rfind(' ');
  if (last == first) last = request.size();  // HTTP/0.9 style: no protocol
  line.target = request.substr(first + 1, last - first - 1);
}

}  // namespace

std::string_view LineProblemName(LineProblem problem) {
  switch (problem) {
    case LineProblem::kNotCombined:
      return "not in the Combined format";
    case LineProblem::kBadTime:
      return "unreadable time";
    case LineProblem::kBadStatus:
      return "unreadable status";
    case LineProblem::kTooLong:
      return "longer than 64 KiB";
    case LineProblem::kBinary:
      return "binary data";
    case LineProblem::kBadAddress:
      return "client not an IP address";
  }
  return "unknown";
}

ParsedLine ParseLine(std::string_view text) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (std::memchr(text.data(), '\0', text.size()) != nullptr) return {{}, LineProblem::kBinary};
  LogLine line;
  const std::size_t space = text.find(' ');
  if (space == 0 || space == std::string_view::npos) return {};
  line.address = text.substr(0, space);
  if (!LooksLikeIp(line.address)) return {{}, LineProblem::kBadAddress};

  const std::size_t open = text.find(" [", space);
  if (open == std::string_view::npos) return {};
  const std::size_t close = text.find(']', open + 2);
  if (close == std::string_view::npos) return {};
  if (!ReadTime(text.substr(open + 2, close - open - 2), line)) {
    return {{}, LineProblem::kBadTime};
  }

  std::size_t at = close + 2;
  std::string_view request;
  if (close + 1 >= text.size() || text[close + 1] != ' ' || !ReadQuoted(text, at, request)) {
    return {};
  }
  SplitRequest(request, line);

  // ' 200 1234 '
  if (at + 5 > text.size() || text[at] != ' ' || text[at + 4] != ' ') {
    return {{}, LineProblem::kBadStatus};
  }
  const int status = Digits(text.data() + at + 1, 3);
  if (status < 100 || status > 599) return {{}, LineProblem::kBadStatus};
  line.status = static_cast<unsigned>(status);

  at += 5;
  if (at < text.size() && text[at] == '-') {
    ++at;
  } else {
    const std::size_t start = at;
    std::uint64_t bytes = 0;
    while (at < text.size() && IsDigit(text[at]) && at - start < 19) {
      bytes = bytes * 10 + static_cast<std::uint64_t>(text[at++] - '0');
    }
    if (at == start) return {};
    line.bytes = bytes;
  }

  if (at >= text.size() || text[at] != ' ') return {};
  ++at;
  if (!ReadQuoted(text, at, line.referrer)) return {};
  if (at >= text.size() || text[at] != ' ') return {};
  ++at;
  if (!ReadQuoted(text, at, line.user_agent)) return {};
  return {line, LineProblem::kNotCombined};
}

}  // namespace waymark::traffic
