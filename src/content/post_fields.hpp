#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "content/post.hpp"
#include "http/json_fields.hpp"

namespace waymark::content {

// Reads a post as a maker writes it (the body of a create, or a stored post with a patch
// laid over it), recording an error per field at fault in `fields`. `now` decides what
// "scheduled" and "published" may mean; `default_language` is the project's.
PostDraft ReadPostDraft(http::JsonFields& fields, std::int64_t now,
                        std::string_view default_language);

// Whether `slug` may name a post in its URL: 1 to 80 of [a-z0-9-], no '-' at either end.
bool IsPostSlug(std::string_view slug);

}  // namespace waymark::content
