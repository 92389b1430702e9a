#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace waymark::markup {

// Every run of ASCII whitespace as one space, none at either end.
std::string CollapseWhitespace(std::string_view text);

// `text` (valid UTF-8) when it fits in `max_bytes`; otherwise its longest prefix of whole
// words that fits with "…" after it, or of whole characters when the first word alone is
// too long. Empty when not even "…" fits.
std::string CutAtWord(std::string_view text, std::size_t max_bytes);

}  // namespace waymark::markup
