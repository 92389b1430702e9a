#pragma once

#include <cstddef>
#include <string_view>

namespace waymark::markup {

// One step through UTF-8 text: the code point at a position and how many bytes it spans.
struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;  // false for a byte that starts no well-formed sequence (length 1)
};

// Decodes the character starting at text[at] (at < text.size()). Overlong forms,
// surrogates, values past U+10FFFF and cut sequences are invalid, as RFC 3629 says.
Utf8Char DecodeUtf8(std::string_view text, std::size_t at);

bool IsValidUtf8(std::string_view text);

}  // namespace waymark::markup
