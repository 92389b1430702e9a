#include "changelog/feed.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "changelog/test_views.hpp"

namespace waymark::changelog {
namespace {

using testkit::AcmeView;

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Whether xmllint (libxml2-utils, from scripts/install-deps) finds `xml` well-formed. A
// missing xmllint fails the check rather than skipping it.
bool WellFormed(const std::string& xml) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("waymark_feed_" + std::to_string(getpid()) + ".xml");
  std::ofstream(path, std::ios::binary) << xml;
  const std::string command = "xmllint --noout '" + path.string() + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  std::filesystem::remove(path);
  return status == 0;
}

#define EXPECT_WELL_FORMED(xml) EXPECT_TRUE(WellFormed(xml)) << (xml)

TEST(AtomFeedTest, DescribesTheFeed) {
  const std::string feed = AtomFeed(AcmeView());
  EXPECT_EQ(feed.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                       "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
                       "<id>https://waymark.example.com/changelog/acme</id>\n"
                       "<title>Acme changelog</title>\n"
                       "<updated>2026-12-01T09:30:00Z</updated>\n"
                       "<link rel=\"self\" type=\"application/atom+xml\" "
                       "href=\"https://waymark.example.com/changelog/acme/feed.xml\"/>\n"
                       "<link rel=\"alternate\" type=\"text/html\" "
                       "href=\"https://waymark.example.com/changelog/acme\"/>\n"
                       "<author>\n<name>Acme</name>\n</author>\n<entry>\n",
                       0),
            0u)
      << feed;
  EXPECT_TRUE(feed.ends_with("</entry>\n</feed>\n"));
}

TEST(AtomFeedTest, WritesAnEntryPerPost) {
  const std::string feed = AtomFeed(AcmeView());
  EXPECT_TRUE(Contains(
      feed,
      "<entry>\n"
      "<id>https://waymark.example.com/changelog/acme/dark-mode</id>\n"
      "<title>Dark mode</title>\n"
      "<link rel=\"alternate\" type=\"text/html\" "
      "href=\"https://waymark.example.com/changelog/acme/dark-mode\"/>\n"
      "<published>2026-11-24T10:00:00Z</published>\n"
      "<updated>2026-11-24T10:00:00Z</updated>\n"
      "<category term=\"Feature\"/>\n<category term=\"ui\"/>\n<category term=\"beta\"/>\n"
      "<summary type=\"text\">Easier on the eyes.</summary>\n"
      "<content type=\"html\">&lt;p&gt;&lt;img "
      "src=&quot;https://cdn.example.com/dark.png?w=800&amp;amp;h=400&quot; alt=&quot;&quot;&gt;"
      "&lt;/p&gt;\n&lt;p&gt;Easier on the &lt;em&gt;eyes&lt;/em&gt;.&lt;/p&gt;\n</content>\n"
      "</entry>\n"))
      << feed;
}

TEST(AtomFeedTest, AnEditedPostInAnotherLanguage) {
  const std::string feed = AtomFeed(AcmeView());
  EXPECT_TRUE(Contains(feed,
                       "<entry xml:lang=\"fr-CA\">\n"
                       "<id>https://waymark.example.com/changelog/acme/export-csv</id>\n"
                       "<title>Export CSV</title>\n"))
      << feed;
  EXPECT_TRUE(Contains(feed,
                       "<published>2026-11-23T10:00:00Z</published>\n"
                       "<updated>2026-12-01T09:30:00Z</updated>\n"
                       "<summary type=\"text\">Exportez vos données.</summary>\n"
                       "<content type=\"html\">&lt;p&gt;Exportez vos données.&lt;/p&gt;\n"
                       "</content>\n"));
  EXPECT_LT(feed.find("dark-mode</id>"), feed.find("export-csv</id>"));
}

TEST(AtomFeedTest, AnEmptyFeedIsUpdatedAtTheEpoch) {
  ChangelogView view = AcmeView();
  view.posts.clear();
  const std::string feed = AtomFeed(view);
  EXPECT_TRUE(Contains(feed, "<updated>1970-01-01T00:00:00Z</updated>\n"));
  EXPECT_FALSE(Contains(feed, "<entry"));
  EXPECT_TRUE(feed.ends_with("</author>\n</feed>\n"));
  EXPECT_WELL_FORMED(feed);
}

TEST(AtomFeedTest, IdsStayAbsoluteWithoutABaseUrl) {
  ChangelogView view = AcmeView();
  view.base_url = "";
  const std::string feed = AtomFeed(view);
  EXPECT_TRUE(Contains(feed, "<id>urn:waymark:changelog:acme</id>"));
  EXPECT_TRUE(Contains(feed, "<id>urn:waymark:changelog:acme:dark-mode</id>"));
  EXPECT_TRUE(Contains(feed, "href=\"/changelog/acme/dark-mode\""));
}

TEST(AtomFeedTest, EscapesEveryText) {
  ChangelogView view = AcmeView();
  view.project_name = "A&B <Labs>";
  view.posts[0].title = "<script>alert(1)</script>";
  view.posts[0].category = "say \"hi\"";
  view.posts[0].summary = "1 < 2 & ]]>";
  const std::string feed = AtomFeed(view);
  EXPECT_FALSE(Contains(feed, "<script"));
  EXPECT_TRUE(Contains(feed, "<title>A&amp;B &lt;Labs&gt; changelog</title>"));
  EXPECT_TRUE(Contains(feed, "<name>A&amp;B &lt;Labs&gt;</name>"));
  EXPECT_TRUE(Contains(feed, "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  EXPECT_TRUE(Contains(feed, "<category term=\"say &quot;hi&quot;\"/>"));
  EXPECT_TRUE(Contains(feed, "<summary type=\"text\">1 &lt; 2 &amp; ]]&gt;</summary>"));
}

TEST(AtomFeedTest, StripsCharactersXmlForbids) {
  ChangelogView view = AcmeView();
  view.posts[0].title = std::string("Bell\x07 and NUL\0!", 15);
  view.posts[0].summary = "broken \xFF byte";
  view.posts[0].html =
      "<p>form\x0c"
      "feed</p>";
  const std::string feed = AtomFeed(view);
  EXPECT_TRUE(Contains(feed, "<title>Bell and NUL!</title>"));
  EXPECT_TRUE(Contains(feed, "broken \xEF\xBF\xBD byte"));
  EXPECT_TRUE(Contains(feed, "&lt;p&gt;formfeed&lt;/p&gt;"));
  EXPECT_WELL_FORMED(feed);
}

TEST(AtomFeedTest, IsWellFormedXml) {
  ChangelogView view = AcmeView();
  view.posts[0].title = "<script>alert(1)</script> & \"quotes\" 'too'";
  view.posts[0].html = "<p>unclosed <b>tags & stray ]]> are fine inside escaped content";
  EXPECT_WELL_FORMED(AtomFeed(view));
}

}  // namespace
}  // namespace waymark::changelog
