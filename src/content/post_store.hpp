#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/post.hpp"
#include "core/status.hpp"
#include "http/page.hpp"
#include "store/database.hpp"

// Posts as stored. Every statement names the project beside the post, so an id from
// another project finds nothing.
namespace waymark::content {

// The columns PostOf reads, first in a row, from `posts` aliased as `p`.
inline constexpr std::string_view kPostColumns =
    "p.id, p.project_id, p.slug, p.status, p.publish_at, p.language, p.title, p.body, "
    "p.variants, p.category, p.labels, p.cover_image_url, p.version, p.created_at, p.updated_at";
Post PostOf(const std::vector<store::Value>& row);

// Reaction -> how many end-users reacted so, per post id.
using ReactionCounts = std::map<std::string, std::map<std::string, std::int64_t>>;

// A new post; its slug is draft.slug, or the first free one made from its title. Conflict
// when draft.slug is taken in the project.
Result<Post> InsertPost(store::Transaction& tx, std::string_view project_id, PostDraft draft,
                        std::int64_t now);

// Replaces the post's draft if it is still at current.version: nullopt when it is not (it
// changed or went since it was read); Conflict when the slug is taken.
Result<std::optional<Post>> UpdatePost(store::Transaction& tx, const Post& current, PostDraft draft,
                                       std::int64_t now);

Status DeletePost(store::Transaction& tx, std::string_view project_id, std::string_view id);

// Reads (run on the reader pool).
boost::asio::awaitable<Result<Post>> FindPost(store::Database& db, std::string project_id,
                                              std::string id);
// A page of the project's posts, newest first, after `after` (exclusive) when given.
boost::asio::awaitable<Result<std::vector<Post>>> ListPosts(store::Database& db,
                                                            std::string project_id,
                                                            std::optional<PostStatus> status,
                                                            std::optional<http::Cursor> after,
                                                            int limit);
// The reactions to these posts of the project.
boost::asio::awaitable<Result<ReactionCounts>> CountReactions(store::Database& db,
                                                              std::string project_id,
                                                              std::vector<std::string> post_ids);

}  // namespace waymark::content
