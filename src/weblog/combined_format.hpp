#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace waymark::weblog {

// One finished request as the access log sees it. The views borrow from the request and
// must stay valid for the call they are passed to. Nothing here identifies an account:
// the seed promises that log data is not combined with personal data.
struct AccessRecord {
  std::string_view remote_addr;  // the client IP, already resolved (see ClientAddress)
  std::chrono::system_clock::time_point time;  // nginx logs when the response finished
  std::string_view method;                     // empty when no request line was read: logged as "-"
  std::string_view target;
  unsigned version = 11;  // 11 = HTTP/1.1, 10 = HTTP/1.0, 20 = HTTP/2.0
  unsigned status = 0;
  std::uint64_t body_bytes = 0;  // body only, headers excluded ($body_bytes_sent)
  // Empty is logged as "-". (nginx writes "" for a header sent empty and "-" for one not
  // sent; a view cannot tell the two apart, and log readers treat them alike.)
  std::string_view referer;
  std::string_view user_agent;
};

// Appends `record` as one line of nginx's `combined` log_format, '\n' included:
//   $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
//   "$http_referer" "$http_user_agent"
// byte for byte as nginx writes it, so GoAccess and AWStats read our files unchanged.
// $remote_user is always "-" and $time_local is UTC. Runs on the request path: once `out`
// has capacity it allocates nothing.
void AppendCombined(std::string& out, const AccessRecord& record);

// Appends `value` escaped as nginx's log_format escape=default does for variables: '"', '\\'
// and bytes outside 0x20..0x7E become "\xHH" (uppercase hex). A client cannot forge a
// field or a line, and a terminal showing the log cannot be driven by escape sequences.
void AppendEscaped(std::string& out, std::string_view value);

}  // namespace waymark::weblog
