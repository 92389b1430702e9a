#pragma once

#include <string>

#include "content/snapshots.hpp"
#include "http/router.hpp"

namespace waymark::site {

// The public changelog of every project, server-rendered from its snapshot, readable
// without JavaScript:
//   GET /changelog/{slug}                the posts, newest first
//   GET /changelog/{slug}/feed.xml       the same as an Atom feed
//   GET /changelog/{slug}/{postSlug}     one post
// `?lang=` or Accept-Language picks the language. `base_url` is site.public_url (links in
// the feed must be absolute). REQUIRES: `snapshots` outlives the router.
void AddChangelogRoutes(http::Router& router, content::Snapshots& snapshots, std::string base_url);

}  // namespace waymark::site
