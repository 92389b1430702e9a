#include "mail/message.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/crypto.hpp"

namespace waymark::mail {
namespace {

// RFC 5321 4.5.3.1.3: a path holds at most 256 bytes, two of them the angle brackets.
constexpr std::size_t kMaxAddress = 254;
// RFC 5322 2.1.1: a line MUST stay within 998 bytes and SHOULD within 78.
constexpr std::size_t kMaxLine = 998;
constexpr std::size_t kFoldAt = 78;
constexpr std::string_view kSubject = "Subject: ";

bool IsControl(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

Status CheckHeaderText(std::string_view field, std::string_view value) {
  if (std::any_of(value.begin(), value.end(), IsControl)) {
    return Status::Invalid(std::string(field) + " contains a control character");
  }
  return Status::Ok();
}

// A bare addr-spec: no display name, comment, quoted local part or domain literal, so the
// same text is safe both in a header and in SMTP's MAIL FROM and RCPT TO.
Status CheckAddress(std::string_view field, std::string_view address) {
  const std::string name(field);
  if (Status status = CheckHeaderText(field, address); !status.ok()) return status;
  if (address.size() > kMaxAddress) return Status::Invalid(name + " is longer than 254 bytes");
  constexpr std::string_view kSpecials = " <>()[],;:\"\\";
  for (char c : address) {
    if (static_cast<unsigned char>(c) > 0x7E || kSpecials.find(c) != std::string_view::npos) {
      return Status::Invalid(name +
                             " must be a bare ASCII address without spaces or <>()[],;:\"\\");
    }
  }
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
    return Status::Invalid(name + " must contain exactly one '@'");
  }
  if (at == 0 || at + 1 == address.size()) {
    return Status::Invalid(name + " needs text on both sides of '@'");
  }
  return Status::Ok();
}

// "Tue, 24 Nov 2026 15:30:12 +0000" (RFC 5322 3.3).
std::string FormatDate(std::int64_t unix_time) {
  using namespace std::chrono;
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const sys_seconds time{seconds{unix_time}};
  const sys_days day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{time - day};
  char text[40];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d +0000",
                kDays[weekday{day}.c_encoding()], static_cast<unsigned>(date.day()),
                kMonths[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return text;
}

// RFC 2047 B-encoded words, folded one per line. Each word holds whole UTF-8 characters
// (RFC 2047 5.3) and at most 42 bytes, so "Subject: " plus a word stays within 78.
std::string EncodeSubject(std::string_view subject) {
  constexpr std::size_t kWordBytes = (kFoldAt - kSubject.size() - 12) / 4 * 3;
  const auto is_continuation = [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  };
  std::string encoded;
  while (!subject.empty()) {
    std::size_t take = std::min(kWordBytes, subject.size());
    while (take > 0 && take < subject.size() && is_continuation(subject[take])) --take;
    if (take == 0) take = std::min(kWordBytes, subject.size());  // not UTF-8; cut anywhere
    if (!encoded.empty()) encoded += "\r\n ";
    encoded += "=?UTF-8?B?" + crypto::Base64(subject.substr(0, take)) + "?=";
    subject.remove_prefix(take);
  }
  return encoded;
}

std::string SubjectValue(std::string_view subject) {
  const bool ascii = std::none_of(subject.begin(), subject.end(),
                                  [](char c) { return static_cast<unsigned char>(c) > 0x7F; });
  if (ascii && kSubject.size() + subject.size() <= kMaxLine) return std::string(subject);
  return EncodeSubject(subject);
}

// The body with every line break as CRLF (a lone CR or LF becomes one), ending in one.
Result<std::string> NormalizeBody(std::string_view text) {
  std::string body;
  body.reserve(text.size() + text.size() / 32);
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0') return Status::Invalid("text contains a NUL byte");
    if (c != '\r' && c != '\n') {
      body += c;
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (body.size() - line_start > kMaxLine) {
      return Status::Invalid("text has a line longer than 998 bytes");
    }
    body += "\r\n";
    line_start = body.size();
  }
  if (body.size() - line_start > kMaxLine) {
    return Status::Invalid("text has a line longer than 998 bytes");
  }
  if (body.size() > line_start) body += "\r\n";
  return body;
}

}  // namespace

Result<std::string> RenderMessage(std::string_view from, const MailMessage& message,
                                  std::int64_t unix_time, std::string_view message_id) {
  for (Status status :
       {CheckAddress("from", from), CheckAddress("to", message.to),
        CheckHeaderText("subject", message.subject), CheckAddress("message_id", message_id)}) {
    if (!status.ok()) return status;
  }
  Result<std::string> body = NormalizeBody(message.text);
  if (!body.ok()) return body.status();

  std::string out;
  out += "Date: " + FormatDate(unix_time) + "\r\n";
  out += "From: " + std::string(from) + "\r\n";
  out += "To: " + message.to + "\r\n";
  out += std::string(kSubject) + SubjectValue(message.subject) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "\r\n";
  out += *body;
  return out;
}

}  // namespace waymark::mail
