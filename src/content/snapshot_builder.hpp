#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <string>

#include "content/post.hpp"
#include "content/snapshot.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::content {

// At most this many of a project's newest published posts are kept in its snapshot.
inline constexpr int kSnapshotPosts = 500;

// Reads the project's published content as it is at `now` and compiles it: Markdown
// rendered, rules compiled, widget JSON written. NotFound when there is no such project.
boost::asio::awaitable<Result<Snapshot>> BuildSnapshot(store::Database& db, std::string project_id,
                                                       std::int64_t now);

// The published post as the snapshot keeps it (pure: unit-tested without a store).
PublishedPost Publish(const Post& post);

}  // namespace waymark::content
