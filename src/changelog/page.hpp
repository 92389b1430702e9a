#pragma once

#include <string>

#include "changelog/view.hpp"

// The public changelog pages: complete HTML5 documents, readable without JavaScript.
namespace waymark::changelog {

// /changelog/{project}: every post, newest first, each title linking to its own page;
// "No updates yet." when there are none.
std::string ChangelogPage(const ChangelogView& view);

// /changelog/{project}/{post}: one post, in its own language, with a link back to the list.
std::string PostPage(const ChangelogView& view, const PostView& post);

}  // namespace waymark::changelog
