#pragma once

#include <optional>
#include <string_view>

namespace waymark::cookies {

// The value of cookie `name` in a Cookie request header ("a=1; b=2"), or nullopt. When a
// name appears twice, the first wins, as browsers send the most specific path first.
std::optional<std::string_view> FindCookie(std::string_view header, std::string_view name);

}  // namespace waymark::cookies
