#include "changelog/page.hpp"

#include <gtest/gtest.h>

#include <string>

#include "changelog/page_style.hpp"
#include "changelog/test_views.hpp"

namespace waymark::changelog {
namespace {

using testkit::AcmeView;
using testkit::DarkModePost;

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::size_t Count(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST(ChangelogPageTest, IsACompleteHtmlDocument) {
  const std::string page = ChangelogPage(AcmeView());
  EXPECT_EQ(page.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n", 0), 0u) << page;
  EXPECT_TRUE(Contains(page, "<meta charset=\"utf-8\">\n"));
  EXPECT_TRUE(
      Contains(page, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"));
  EXPECT_TRUE(Contains(page, "<title>Acme changelog</title>\n"));
  EXPECT_TRUE(Contains(page,
                       "<link rel=\"alternate\" type=\"application/atom+xml\" "
                       "title=\"Acme changelog\" "
                       "href=\"https://waymark.example.com/changelog/acme/feed.xml\">\n"));
  EXPECT_TRUE(Contains(page, "<style>" + std::string(kPageStyle) + "</style>\n</head>\n<body>\n"));
  EXPECT_TRUE(page.ends_with("</main>\n</body>\n</html>\n"));
}

TEST(ChangelogPageTest, HasNoScriptAndLoadsNothingButCovers) {
  const std::string page = ChangelogPage(AcmeView());
  EXPECT_FALSE(Contains(page, "<script"));
  EXPECT_FALSE(Contains(page, "<link rel=\"stylesheet\""));
  EXPECT_FALSE(Contains(page, "@import"));
  EXPECT_EQ(Count(page, "src=\""), 1u);  // the one cover image
}

TEST(ChangelogPageTest, StyleIsReadableOnPhonesAndInTheDark) {
  EXPECT_TRUE(Contains(kPageStyle, "max-width:42rem"));
  EXPECT_TRUE(Contains(kPageStyle, "system-ui"));
  EXPECT_TRUE(Contains(kPageStyle, "@media (prefers-color-scheme:dark)"));
  EXPECT_FALSE(Contains(kPageStyle, "url("));
}

TEST(ChangelogPageTest, ListsEachPostWithItsDetails) {
  const std::string page = ChangelogPage(AcmeView());
  EXPECT_TRUE(Contains(
      page,
      "<article>\n"
      "<h2><a href=\"https://waymark.example.com/changelog/acme/dark-mode\">Dark mode</a></h2>\n"
      "<p class=\"meta\"><time datetime=\"2026-11-24T10:00:00Z\">24 November 2026</time>"
      " · <span class=\"category\">Feature</span></p>\n"
      "<ul class=\"labels\"><li>ui</li><li>beta</li></ul>\n"
      "<img src=\"https://cdn.example.com/dark.png?w=800&amp;h=400\" alt=\"\" loading=\"lazy\">\n"
      "<div class=\"body\">\n<p>Easier on the <em>eyes</em>.</p>\n</div>\n"
      "</article>\n"))
      << page;
}

TEST(ChangelogPageTest, APostWithoutExtrasHasNoEmptyParts) {
  const std::string page = ChangelogPage(AcmeView());
  const std::string french = page.substr(page.find("<article lang=\"fr-CA\">"));
  EXPECT_EQ(
      french.substr(0, french.find("</article>")),
      "<article lang=\"fr-CA\">\n"
      "<h2><a href=\"https://waymark.example.com/changelog/acme/export-csv\">Export CSV</a>"
      "</h2>\n"
      "<p class=\"meta\"><time datetime=\"2026-11-23T10:00:00Z\">23 November 2026</time></p>\n"
      "<div class=\"body\">\n<p>Exportez vos données.</p>\n</div>\n");
}

TEST(ChangelogPageTest, KeepsTheOrderGiven) {
  const std::string page = ChangelogPage(AcmeView());
  EXPECT_LT(page.find("Dark mode</a>"), page.find("Export CSV</a>"));
}

TEST(ChangelogPageTest, LinksToTheFeed) {
  EXPECT_TRUE(Contains(ChangelogPage(AcmeView()),
                       "<nav><a href=\"https://waymark.example.com/changelog/acme/feed.xml\">"
                       "Subscribe (Atom feed)</a></nav>"));
}

TEST(ChangelogPageTest, AnEmptyChangelogSaysSo) {
  ChangelogView view = AcmeView();
  view.posts.clear();
  const std::string page = ChangelogPage(view);
  EXPECT_TRUE(Contains(page, "<main>\n<p class=\"empty\">No updates yet.</p>\n</main>\n"));
  EXPECT_FALSE(Contains(page, "<article"));
}

TEST(ChangelogPageTest, EscapesEveryPlainText) {
  ChangelogView view = AcmeView();
  view.project_name = "Acme <b>&</b>";
  view.posts[0].title = "<script>alert(1)</script>";
  view.posts[0].category = "Say \"hi\" & 'bye'";
  view.posts[0].labels = {"<i>"};
  view.posts[0].cover_image_url = "https://x.com/a.png?\"onerror=\"alert(1)";
  const std::string page = ChangelogPage(view);
  EXPECT_FALSE(Contains(page, "<script"));
  EXPECT_FALSE(Contains(page, "<b>"));
  EXPECT_FALSE(Contains(page, "<i>"));
  EXPECT_TRUE(Contains(page, "<title>Acme &lt;b&gt;&amp;&lt;/b&gt; changelog</title>"));
  EXPECT_TRUE(Contains(page, "title=\"Acme &lt;b&gt;&amp;&lt;/b&gt; changelog\""));
  EXPECT_TRUE(Contains(page, ">&lt;script&gt;alert(1)&lt;/script&gt;</a></h2>"));
  EXPECT_TRUE(
      Contains(page, "<span class=\"category\">Say &quot;hi&quot; &amp; &#39;bye&#39;</span>"));
  EXPECT_TRUE(Contains(page, "<li>&lt;i&gt;</li>"));
  EXPECT_TRUE(Contains(page, "src=\"https://x.com/a.png?&quot;onerror=&quot;alert(1)\""));
}

TEST(ChangelogPageTest, RelativeLinksWithoutABaseUrl) {
  ChangelogView view = AcmeView();
  view.base_url = "";
  const std::string page = ChangelogPage(view);
  EXPECT_TRUE(Contains(page, "href=\"/changelog/acme/feed.xml\""));
  EXPECT_TRUE(Contains(page, "<a href=\"/changelog/acme/dark-mode\">"));
}

TEST(ChangelogPageTest, NoLangAttributeWhenTheLanguageIsUnknown) {
  ChangelogView view = AcmeView();
  view.language = "";
  EXPECT_EQ(ChangelogPage(view).rfind("<!doctype html>\n<html>\n", 0), 0u);
}

TEST(PostPageTest, ShowsThePostAloneWithALinkBack) {
  const ChangelogView view = AcmeView();
  const std::string page = PostPage(view, DarkModePost());
  EXPECT_EQ(page.rfind("<!doctype html>\n<html lang=\"en\">\n", 0), 0u);
  EXPECT_TRUE(Contains(page, "<title>Dark mode · Acme changelog</title>"));
  EXPECT_TRUE(Contains(page, "<meta name=\"description\" content=\"Easier on the eyes.\">"));
  EXPECT_TRUE(Contains(page, "href=\"https://waymark.example.com/changelog/acme/feed.xml\""));
  EXPECT_TRUE(Contains(page,
                       "<nav><a href=\"https://waymark.example.com/changelog/acme\">"
                       "← Acme changelog</a></nav>"));
  EXPECT_TRUE(Contains(page,
                       "<article>\n<h1>Dark mode</h1>\n<p class=\"meta\"><time "
                       "datetime=\"2026-11-24T10:00:00Z\">24 November 2026</time>"));
  EXPECT_TRUE(Contains(page, "<p>Easier on the <em>eyes</em>.</p>"));
  EXPECT_FALSE(Contains(page, "<script"));
}

TEST(PostPageTest, IsInThePostsLanguage) {
  const ChangelogView view = AcmeView();
  const std::string page = PostPage(view, view.posts[1]);
  EXPECT_EQ(page.rfind("<!doctype html>\n<html lang=\"fr-CA\">\n", 0), 0u);
  EXPECT_TRUE(Contains(page, "<article>\n<h1>Export CSV</h1>"));
}

TEST(PostPageTest, EscapesTheTitleAndSummary) {
  PostView post = DarkModePost();
  post.title = "<script>alert(1)</script>";
  post.summary = "\"><script>alert(2)</script>";
  const std::string page = PostPage(AcmeView(), post);
  EXPECT_FALSE(Contains(page, "<script"));
  EXPECT_TRUE(Contains(page, "<title>&lt;script&gt;alert(1)&lt;/script&gt; · Acme changelog"));
  EXPECT_TRUE(Contains(page, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
  EXPECT_TRUE(Contains(page, "content=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""));
}

}  // namespace
}  // namespace waymark::changelog
