#pragma once

#include <string_view>

namespace waymark::markup {

// Whether a link or image in Markdown may keep its URL: http:, https:, mailto: (any case) or
// a relative reference. An allowlist, because the list of dangerous schemes (javascript:,
// data:, vbscript:, and whatever browsers add next) is the one that cannot be complete.
bool IsAllowedMarkdownUrl(std::string_view url);

}  // namespace waymark::markup
