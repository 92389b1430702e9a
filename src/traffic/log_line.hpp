#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace waymark::traffic {

// One line of an NCSA Combined log, split but not copied: the views borrow from the line.
// Fields stay as the log wrote them (nginx's \xHH escapes included), so two lines that
// differ only in how a client spelled a header still count apart, as log readers do.
struct LogLine {
  std::string_view address;     // $remote_addr
  std::chrono::sys_days day;    // the date as written; Waymark writes UTC
  unsigned hour = 0;            // 0..23, as written
  std::string_view method;      // "-" when the client sent no request line
  std::string_view target;      // path and query, as requested
  unsigned status = 0;          // 100..599
  std::uint64_t bytes = 0;      // body bytes sent; "-" reads as 0
  std::string_view referrer;    // "-" when none
  std::string_view user_agent;  // "-" when none
};

// Why a line was not counted. The names are stable: they appear in every report.
enum class LineProblem {
  kNotCombined,  // does not have the Combined layout
  kBadTime,      // the [time] field is not dd/Mon/yyyy:hh:mm:ss +zzzz
  kBadStatus,    // not a three-digit HTTP status
  kTooLong,      // longer than the reader accepts (see kMaxLineBytes)
  kBinary,       // holds a NUL byte: not text
  kBadAddress,   // the client is not an IP address ("-", a host name, "unix:")
};
inline constexpr int kLineProblemCount = 6;
std::string_view LineProblemName(LineProblem problem);

// The longest line counted. nginx's own lines stay far below: its request line is capped
// at 8 KB by default and each header at 8 KB.
inline constexpr std::size_t kMaxLineBytes = 64 * 1024;

// Splits one line (without its '\n'; a trailing '\r' is ignored) of nginx's `combined`
// format:
//   $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
//   "$http_referer" "$http_user_agent"
// Apache's Combined is the same layout. Anything after the user agent is ignored, so
// formats that append fields (nginx's `main` with $http_x_forwarded_for) read too.
struct ParsedLine {
  std::optional<LogLine> line;
  LineProblem problem = LineProblem::kNotCombined;  // when !line
};
ParsedLine ParseLine(std::string_view text);

}  // namespace waymark::traffic
