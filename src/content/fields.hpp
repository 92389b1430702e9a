#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/json_fields.hpp"

// Field readers that posts, interactions and segments share.
namespace waymark::content {

// An optional language tag (language_tag.hpp).
std::optional<std::string> ReadLanguage(http::JsonFields& fields, std::string_view name);

// An optional URL a page may link to or load: absolute http or https only, so
// `javascript:` and `data:` never reach a page.
std::optional<std::string> ReadSafeUrl(http::JsonFields& fields, std::string_view name);

// An optional CSS selector, checked as a browser would parse it.
std::optional<std::string> ReadSelector(http::JsonFields& fields, std::string_view name);

}  // namespace waymark::content
