#include "content/snapshot.hpp"

#include "content/language_tag.hpp"

namespace waymark::content {

const PostText& PublishedPost::In(std::string_view language, std::string_view fallback) const {
  // REQUIRES: texts is not empty (a post always has its own language's text).
  for (std::string_view wanted : {language, PrimaryLanguage(language), fallback}) {
    for (const PostText& text : texts) {
      if (text.language == wanted) return text;
    }
  }
  return texts.front();
}

const PublishedPost* Snapshot::FindPost(std::string_view slug) const {
  for (const PublishedPost& post : posts) {
    if (post.slug == slug) return &post;
  }
  return nullptr;
}

void Snapshot::Link() {
  segment_index.clear();
  for (const auto& [id, conditions] : segments) segment_index.emplace(id, &conditions);
}

}  // namespace waymark::content
