#pragma once

#include <string>

#include "content/snapshot.hpp"

// A post as the widget's feed shows it, the part every reader of one language gets, made
// once when the snapshot is built so that the boot answer splices it in rather than
// escaping each post's HTML again for every page load.
namespace waymark::content {

// `{"id":…,"slug":…,"title":…,"html":…,"summary":…,"category":…,"labels":[…],
// "coverImageUrl":…,"publishedAt":<ms>` with no closing brace: the widget adds the post's
// url, its reactions and the reader's own (widget/feed.hpp).
std::string PostFeedHead(const PublishedPost& post, const PostText& text);

}  // namespace waymark::content
