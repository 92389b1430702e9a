#pragma once

#include <cstdint>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::content {

// Tells the project's webhooks that a post went live ("post.published", with the post's
// id, title, slug and publishing time), inside the transaction that published it, so that
// they hear of it exactly when it happened: through the API or at its scheduled time.
Status NotePostPublished(store::Transaction& tx, std::string_view project_id,
                         std::string_view post_id, std::string_view title, std::string_view slug,
                         std::int64_t published_at);

}  // namespace waymark::content
