#include <gtest/gtest.h>

#include <string>

#include "changelog/dates.hpp"
#include "changelog/links.hpp"
#include "changelog/test_views.hpp"
#include "changelog/xml_text.hpp"

namespace waymark::changelog {
namespace {

using testkit::AcmeView;
using testkit::DarkModePost;

TEST(LinksTest, AbsoluteUnderTheBaseUrl) {
  const ChangelogView view = AcmeView();
  EXPECT_EQ(ChangelogUrl(view), "https://waymark.example.com/changelog/acme");
  EXPECT_EQ(PostUrl(view, DarkModePost()), "https://waymark.example.com/changelog/acme/dark-mode");
  EXPECT_EQ(FeedUrl(view), "https://waymark.example.com/changelog/acme/feed.xml");
  EXPECT_EQ(FeedId(view), "https://waymark.example.com/changelog/acme");
  EXPECT_EQ(EntryId(view, DarkModePost()), "https://waymark.example.com/changelog/acme/dark-mode");
}

TEST(LinksTest, RelativeWithoutABaseUrlButIdsStayAbsolute) {
  ChangelogView view = AcmeView();
  view.base_url = "";
  EXPECT_EQ(ChangelogUrl(view), "/changelog/acme");
  EXPECT_EQ(PostUrl(view, DarkModePost()), "/changelog/acme/dark-mode");
  EXPECT_EQ(FeedUrl(view), "/changelog/acme/feed.xml");
  EXPECT_EQ(FeedId(view), "urn:waymark:changelog:acme");
  EXPECT_EQ(EntryId(view, DarkModePost()), "urn:waymark:changelog:acme:dark-mode");
}

TEST(DatesTest, HumanDateIsTheUtcDay) {
  EXPECT_EQ(HumanDate(testkit::kNov24), "24 November 2026");
  EXPECT_EQ(HumanDate(testkit::kDec01), "1 December 2026");
  EXPECT_EQ(HumanDate(0), "1 January 1970");
  EXPECT_EQ(HumanDate(1709251199), "29 February 2024");  // 23:59:59 UTC, still the 29th
  EXPECT_EQ(HumanDate(-1), "31 December 1969");
}

TEST(DatesTest, TimeElementCarriesTheExactInstant) {
  EXPECT_EQ(TimeElement(testkit::kNov24),
            "<time datetime=\"2026-11-24T10:00:00Z\">24 November 2026</time>");
}

TEST(XmlTextTest, EscapesMarkupCharacters) {
  EXPECT_EQ(XmlText(R"(<a href="x">Tom & 'Jerry'</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  EXPECT_EQ(XmlText("]]>"), "]]&gt;");
}

TEST(XmlTextTest, DropsCharactersXmlDoesNotAllow) {
  EXPECT_EQ(XmlText(std::string("a\0b\x01"
                                "c\x1b"
                                "d\x7f",
                                8)),
            "abcd\x7f");
  EXPECT_EQ(XmlText("keep\ttab\nnewline\rreturn"), "keep\ttab\nnewline\rreturn");
  EXPECT_EQ(XmlText("x\xEF\xBF\xBE"
                    "y\xEF\xBF\xBF"
                    "z"),
            "xyz");  // U+FFFE, U+FFFF
}

TEST(XmlTextTest, KeepsUnicodeAndReplacesBrokenBytes) {
  EXPECT_EQ(XmlText("Données 🚀 変更"), "Données 🚀 変更");
  EXPECT_EQ(XmlText("a\xFF"
                    "b\xC3"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace waymark::changelog
