#pragma once

#include <string>

#include "changelog/view.hpp"

namespace waymark::changelog {

// /changelog/{project}/feed.xml: an Atom feed (RFC 4287) of the posts, newest first. Each
// entry links to the post's page and carries its summary as text and its body (with the
// cover image) as escaped HTML. The feed's updated time is the newest entry's, or the Unix
// epoch when there are no posts.
std::string AtomFeed(const ChangelogView& view);

}  // namespace waymark::changelog
