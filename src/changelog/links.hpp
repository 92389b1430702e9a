#pragma once

#include <string>

#include "changelog/view.hpp"

// Where each part of a changelog lives, so pages and the feed link to the same places.
namespace waymark::changelog {

// "{base}/changelog/{project}"
std::string ChangelogUrl(const ChangelogView& view);
// "{base}/changelog/{project}/{post}"
std::string PostUrl(const ChangelogView& view, const PostView& post);
// "{base}/changelog/{project}/feed.xml"
std::string FeedUrl(const ChangelogView& view);

// Atom ids must be absolute IRIs (RFC 4287 section 4.2.6): the page URL when there is a base
// URL, else a URN built from the same slugs ("urn:waymark:changelog:acme:dark-mode").
std::string FeedId(const ChangelogView& view);
std::string EntryId(const ChangelogView& view, const PostView& post);

}  // namespace waymark::changelog
