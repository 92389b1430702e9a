#include "changelog/post_html.hpp"

#include "changelog/dates.hpp"
#include "changelog/links.hpp"
#include "markup/html.hpp"

namespace waymark::changelog {
namespace {

using markup::AppendEscapedHtml;

void AppendTitle(std::string& out, const ChangelogView& view, const PostView& post,
                 PostLayout layout) {
  if (layout == PostLayout::kAlone) {
    out += "<h1>";
    AppendEscapedHtml(out, post.title);
    out += "</h1>\n";
    return;
  }
  out += "<h2><a href=\"";
  AppendEscapedHtml(out, PostUrl(view, post));
  out += "\">";
  AppendEscapedHtml(out, post.title);
  out += "</a></h2>\n";
}

// The date, then the category when there is one.
void AppendMeta(std::string& out, const PostView& post) {
  out += "<p class=\"meta\">";
  out += TimeElement(post.published_at);
  if (!post.category.empty()) {
    out += " · <span class=\"category\">";
    AppendEscapedHtml(out, post.category);
    out += "</span>";
  }
  out += "</p>\n";
}

void AppendLabels(std::string& out, const PostView& post) {
  if (post.labels.empty()) return;
  out += "<ul class=\"labels\">";
  for (const std::string& label : post.labels) {
    out += "<li>";
    AppendEscapedHtml(out, label);
    out += "</li>";
  }
  out += "</ul>\n";
}

void AppendCover(std::string& out, const PostView& post) {
  if (post.cover_image_url.empty()) return;
  // alt="": the cover decorates; the title beside it already says what the post is.
  out += "<img src=\"";
  AppendEscapedHtml(out, post.cover_image_url);
  out += "\" alt=\"\" loading=\"lazy\">\n";
}

}  // namespace

void AppendPostArticle(std::string& out, const ChangelogView& view, const PostView& post,
                       PostLayout layout) {
  out += "<article";
  // A post alone sets the language of its whole page instead.
  const bool other_language = !post.language.empty() && post.language != view.language;
  if (layout == PostLayout::kInList && other_language) {
    out += " lang=\"";
    AppendEscapedHtml(out, post.language);
    out += '"';
  }
  out += ">\n";
  AppendTitle(out, view, post, layout);
  AppendMeta(out, post);
  AppendLabels(out, post);
  AppendCover(out, post);
  out += "<div class=\"body\">\n";
  out += post.html;
  out += "</div>\n</article>\n";
}

}  // namespace waymark::changelog
