#include "markup/utf8.hpp"

namespace waymark::markup {
namespace {

struct Lead {
  std::size_t length;
  char32_t bits;
};

// The sequence length a first byte announces and the payload bits it carries.
Lead ReadLead(unsigned char byte) {
  if (byte < 0x80) return {1, byte};
  if ((byte & 0xe0) == 0xc0) return {2, char32_t(byte & 0x1f)};
  if ((byte & 0xf0) == 0xe0) return {3, char32_t(byte & 0x0f)};
  if ((byte & 0xf8) == 0xf0) return {4, char32_t(byte & 0x07)};
  return {0, 0};  // a continuation byte, or 0xf8 and above
}

bool IsWellFormed(char32_t code_point, std::size_t length) {
  constexpr char32_t kSmallestOfLength[] = {0, 0, 0x80, 0x800, 0x10000};
  const bool surrogate = code_point >= 0xd800 && code_point <= 0xdfff;
  return code_point >= kSmallestOfLength[length] && code_point <= 0x10ffff && !surrogate;
}

}  // namespace

Utf8Char DecodeUtf8(std::string_view text, std::size_t at) {
  const Lead lead = ReadLead(static_cast<unsigned char>(text[at]));
  if (lead.length == 0 || at + lead.length > text.size()) return {};
  char32_t code_point = lead.bits;
  for (std::size_t i = 1; i < lead.length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if ((byte & 0xc0) != 0x80) return {};
    code_point = (code_point << 6) | (byte & 0x3f);
  }
  if (!IsWellFormed(code_point, lead.length)) return {};
  return {code_point, lead.length, true};
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Char c = DecodeUtf8(text, at);
    if (!c.valid) return false;
    at += c.length;
  }
  return true;
}

}  // namespace waymark::markup
