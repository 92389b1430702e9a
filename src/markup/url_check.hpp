#pragma once

#include <cstddef>
#include <string_view>

namespace waymark::markup {

inline constexpr std::size_t kMaxUrlBytes = 2048;

// Whether `url` may be put in a page or followed by a click: an absolute http: or https: URL
// with a host (a #fragment allowed), no whitespace or control characters, at most
// kMaxUrlBytes. `javascript:`, `data:`, `//evil`, `java\tscript:` ... are refused.
bool IsSafeHttpUrl(std::string_view url);

}  // namespace waymark::markup
