#include "content/post_feed_json.hpp"

#include <boost/json/serialize.hpp>

namespace waymark::content {

std::string PostFeedHead(const PublishedPost& post, const PostText& text) {
  const boost::json::object json{
      {"id", post.id},
      {"slug", post.slug},
      {"title", text.title},
      {"html", text.html},
      {"summary", text.summary},
      {"category", post.category},
      {"labels", boost::json::array(post.labels.begin(), post.labels.end())},
      {"coverImageUrl", post.cover_image_url},
      {"publishedAt", post.published_at * 1000}};
  std::string head = boost::json::serialize(json);
  head.pop_back();  // the closing brace: the widget adds members
  return head;
}

}  // namespace waymark::content
