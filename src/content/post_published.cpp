#include "content/post_published.hpp"

#include <boost/json/object.hpp>

#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/events.hpp"

namespace waymark::content {

Status NotePostPublished(store::Transaction& tx, std::string_view project_id,
                         std::string_view post_id, std::string_view title, std::string_view slug,
                         std::int64_t published_at) {
  boost::json::object data{{"postId", post_id},
                           {"title", title},
                           {"slug", slug},
                           {"publishedAt", Iso8601(published_at)}};
  return webhooks::Enqueue(tx, project_id, webhooks::kPostPublished, data, UnixNowMs());
}

}  // namespace waymark::content
