#include "changelog/feed.hpp"

#include <algorithm>

#include "changelog/links.hpp"
#include "changelog/xml_text.hpp"
#include "core/time_format.hpp"
#include "markup/html.hpp"

namespace waymark::changelog {
namespace {

// <name>text</name>
void AppendElement(std::string& out, std::string_view name, std::string_view text) {
  out += '<';
  out += name;
  out += '>';
  AppendXmlText(out, text);
  out += "</";
  out += name;
  out += ">\n";
}

void AppendLink(std::string& out, std::string_view rel, std::string_view type,
                std::string_view href) {
  out += "<link rel=\"";
  out += rel;
  out += "\" type=\"";
  out += type;
  out += "\" href=\"";
  AppendXmlText(out, href);
  out += "\"/>\n";
}

void AppendCategory(std::string& out, std::string_view term) {
  out += "<category term=\"";
  AppendXmlText(out, term);
  out += "\"/>\n";
}

std::int64_t EntryUpdated(const PostView& post) {
  return std::max(post.published_at, post.updated_at);
}

// The body a feed reader shows: the cover image, then the post.
std::string EntryHtml(const PostView& post) {
  std::string html;
  if (!post.cover_image_url.empty()) {
    html += "<p><img src=\"";
    markup::AppendEscapedHtml(html, post.cover_image_url);
    html += "\" alt=\"\"></p>\n";
  }
  return html + post.html;
}

void AppendEntry(std::string& out, const ChangelogView& view, const PostView& post) {
  out += "<entry";
  if (!post.language.empty() && post.language != view.language) {
    out += " xml:lang=\"";
    AppendXmlText(out, post.language);
    out += '"';
  }
  out += ">\n";
  AppendElement(out, "id", EntryId(view, post));
  AppendElement(out, "title", post.title);
  AppendLink(out, "alternate", "text/html", PostUrl(view, post));
  AppendElement(out, "published", Iso8601(post.published_at));
  AppendElement(out, "updated", Iso8601(EntryUpdated(post)));
  if (!post.category.empty()) AppendCategory(out, post.category);
  for (const std::string& label : post.labels) AppendCategory(out, label);
  out += "<summary type=\"text\">";
  AppendXmlText(out, post.summary);
  out += "</summary>\n<content type=\"html\">";
  AppendXmlText(out, EntryHtml(post));
  out += "</content>\n</entry>\n";
}

void AppendFeedHead(std::string& out, const ChangelogView& view) {
  std::int64_t updated = 0;
  for (const PostView& post : view.posts) updated = std::max(updated, EntryUpdated(post));
  AppendElement(out, "id", FeedId(view));
  AppendElement(out, "title", view.project_name + " changelog");
  AppendElement(out, "updated", Iso8601(updated));
  AppendLink(out, "self", "application/atom+xml", FeedUrl(view));
  AppendLink(out, "alternate", "text/html", ChangelogUrl(view));
  // RFC 4287 wants an author on the feed unless every entry has one; the project speaks.
  out += "<author>\n";
  AppendElement(out, "name", view.project_name);
  out += "</author>\n";
}

}  // namespace

std::string AtomFeed(const ChangelogView& view) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\"";
  if (!view.language.empty()) {
    out += " xml:lang=\"";
    AppendXmlText(out, view.language);
    out += '"';
  }
  out += ">\n";
  AppendFeedHead(out, view);
  for (const PostView& post : view.posts) AppendEntry(out, view, post);
  out += "</feed>\n";
  return out;
}

}  // namespace waymark::changelog
