#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>

// A project's slug names it in public URLs (its changelog page), so it is unique across the
// instance and stable: chosen once, from the name at creation, and kept through renames.
namespace waymark {

inline constexpr std::size_t kSlugMaxLength = 48;

// "Acme Web App!" -> "acme-web-app": lowercase ASCII letters and digits, every other run of
// characters one '-', no '-' at either end, at most kSlugMaxLength characters (cut at a '-'
// when the words allow it); "project" when nothing is left (a name of emoji or CJK only).
std::string Slugify(std::string_view name);

// The slug to try at `attempt` (from 1) when `base` is taken: base, base-2, base-3...
std::string SlugCandidate(std::string_view base, int attempt);

// The first candidate for `base` that is not in `taken`.
std::string FirstFreeSlug(std::string_view base, const std::set<std::string, std::less<>>& taken);

}  // namespace waymark
