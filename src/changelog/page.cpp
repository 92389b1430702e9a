#include "changelog/page.hpp"

#include "changelog/html_document.hpp"
#include "changelog/links.hpp"
#include "changelog/post_html.hpp"
#include "markup/html.hpp"

namespace waymark::changelog {
namespace {

using markup::AppendEscapedHtml;

std::string ChangelogTitle(const ChangelogView& view) {
  return view.project_name + " changelog";
}

std::string PostList(const ChangelogView& view) {
  std::string body = "<header>\n<h1>";
  AppendEscapedHtml(body, ChangelogTitle(view));
  body += "</h1>\n<nav><a href=\"";
  AppendEscapedHtml(body, FeedUrl(view));
  body += "\">Subscribe (Atom feed)</a></nav>\n</header>\n<main>\n";
  if (view.posts.empty()) body += "<p class=\"empty\">No updates yet.</p>\n";
  for (const PostView& post : view.posts) {
    AppendPostArticle(body, view, post, PostLayout::kInList);
  }
  body += "</main>\n";
  return body;
}

std::string SinglePost(const ChangelogView& view, const PostView& post) {
  std::string body = "<nav><a href=\"";
  AppendEscapedHtml(body, ChangelogUrl(view));
  body += "\">← ";
  AppendEscapedHtml(body, ChangelogTitle(view));
  body += "</a></nav>\n<main>\n";
  AppendPostArticle(body, view, post, PostLayout::kAlone);
  body += "</main>\n";
  return body;
}

}  // namespace

std::string ChangelogPage(const ChangelogView& view) {
  const std::string title = ChangelogTitle(view);
  const std::string feed_url = FeedUrl(view);
  return HtmlDocument({.language = view.language,
                       .title = title,
                       .description = {},
                       .feed_url = feed_url,
                       .feed_title = title},
                      PostList(view));
}

std::string PostPage(const ChangelogView& view, const PostView& post) {
  const std::string changelog_title = ChangelogTitle(view);
  const std::string title = post.title + " · " + changelog_title;
  const std::string feed_url = FeedUrl(view);
  return HtmlDocument({.language = post.language.empty() ? view.language : post.language,
                       .title = title,
                       .description = post.summary,
                       .feed_url = feed_url,
                       .feed_title = changelog_title},
                      SinglePost(view, post));
}

}  // namespace waymark::changelog
