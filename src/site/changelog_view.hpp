#pragma once

#include <string>
#include <string_view>

#include "changelog/view.hpp"
#include "content/snapshot.hpp"

namespace waymark::site {

// The project's changelog as a reader of `language` sees it: each post in that language
// when it has it, else in the project's default language (PublishedPost::In).
changelog::ChangelogView ChangelogViewOf(const content::Snapshot& snapshot,
                                         std::string_view language, std::string_view base_url);

// One post of that view; REQUIRES: `post` belongs to `snapshot`.
changelog::PostView PostViewOf(const content::PublishedPost& post, std::string_view language,
                               std::string_view fallback);

}  // namespace waymark::site
