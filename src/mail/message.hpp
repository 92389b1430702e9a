#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace waymark::mail {

// One plain-text email to one recipient.
struct MailMessage {
  std::string to;       // a bare address: "someone@example.com", no display name
  std::string subject;  // UTF-8, one line
  std::string text;     // UTF-8; line breaks may be LF or CRLF
};

// The RFC 5322 text of `message` from `from`, dated `unix_time` (UTC) and identified by
// `message_id` ("unique@domain", written inside angle brackets): headers, a blank line and
// the body, every line ending in CRLF. A non-ASCII subject travels RFC 2047-encoded.
//
// Refuses, with Status::Invalid naming the field, whatever could forge or break a header:
// control characters in a header value, an address that is not printable ASCII with one
// '@' between a non-empty local part and domain (or longer than 254 bytes, or with
// spaces or any of <>()[],;:"\), and a body with a NUL or a line over 998 bytes.
Result<std::string> RenderMessage(std::string_view from, const MailMessage& message,
                                  std::int64_t unix_time, std::string_view message_id);

}  // namespace waymark::mail
