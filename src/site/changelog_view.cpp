#include "site/changelog_view.hpp"

namespace waymark::site {

changelog::PostView PostViewOf(const content::PublishedPost& post, std::string_view language,
                               std::string_view fallback) {
  const content::PostText& text = post.In(language, fallback);
  return {.slug = post.slug,
          .title = text.title,
          .html = text.html,
          .summary = text.summary,
          .category = post.category,
          .labels = post.labels,
          .cover_image_url = post.cover_image_url,
          .language = text.language,
          .published_at = post.published_at,
          .updated_at = post.updated_at};
}

changelog::ChangelogView ChangelogViewOf(const content::Snapshot& snapshot,
                                         std::string_view language, std::string_view base_url) {
  changelog::ChangelogView view{.project_name = snapshot.project.name,
                                .project_slug = snapshot.project.slug,
                                .base_url = std::string(base_url),
                                .language = std::string(language),
                                .posts = {}};
  view.posts.reserve(snapshot.posts.size());
  for (const content::PublishedPost& post : snapshot.posts) {
    view.posts.push_back(PostViewOf(post, language, snapshot.project.default_language));
  }
  return view;
}

}  // namespace waymark::site
