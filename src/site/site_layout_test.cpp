#include "site/site_layout.hpp"

#include <gtest/gtest.h>

#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::AcmeSettings;
using testkit::Between;
using testkit::Contains;

std::string Frame(const SiteSettings& settings, SitePage page = SitePage::kPrivacy) {
  return SiteDocument(settings, {page, "A <title>", "<p>the main part</p>\n"});
}

TEST(SiteLayout, OpensWithTheHeadOtherScriptsRelyOn) {
  const std::string html = Frame(SiteSettings{});
  EXPECT_TRUE(
      html.starts_with("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>A &lt;title&gt; \u00B7 Waymark</title>\n"
                       "<meta name=\"waymark-policy-version\" content=\"" +
                       std::to_string(cookies::CurrentPolicy().version) +
                       "\">\n"
                       "<script src=\"/site.js\" defer></script>\n<style>"))
      << html.substr(0, 400);
  EXPECT_TRUE(Contains(html,
                       "</style></head>\n<body><a class=\"skip\" href=\"#main\">Skip to "
                       "content</a>\n<header>"));
  EXPECT_TRUE(Contains(html, "<main id=\"main\">\n<p>the main part</p>\n</main>\n<footer>"));
  EXPECT_TRUE(html.ends_with("</footer>\n</body></html>\n"));
}

TEST(SiteLayout, APageMayAddToTheHeadAfterTheSiteStyle) {
  const std::string html = SiteDocument(
      SiteSettings{},
      {SitePage::kPrivacy, "T", "<p>m</p>\n", "<link rel=\"stylesheet\" href=\"/x.css\">"});
  EXPECT_TRUE(Contains(html, "</style><link rel=\"stylesheet\" href=\"/x.css\"></head>\n<body>"));
  EXPECT_TRUE(Contains(Frame(SiteSettings{}), "</style></head>\n<body>")) << "nothing by default";
}

TEST(SiteLayout, OnlyTheDashboardTakesTheWholeWidth) {
  EXPECT_TRUE(Contains(Frame(SiteSettings{}, SitePage::kApp), "<body class=\"app\">"));
  for (SitePage page : {SitePage::kHome, SitePage::kCookiePolicy, SitePage::kPrivacy}) {
    EXPECT_FALSE(Contains(Frame(SiteSettings{}, page), "class=\"app\""));
  }
  EXPECT_TRUE(Contains(Frame(SiteSettings{}), ".app header,.app main,.app footer{max-width:none}"));
}

TEST(SiteLayout, EmbedsTheWidgetOnlyWhenAKeyIsSet) {
  EXPECT_FALSE(Contains(Frame(SiteSettings{}), "waymark-widget"));

  SiteSettings settings;
  settings.widget_key = "wm_pk_\"><script>";
  const std::string html = Frame(settings);
  EXPECT_TRUE(Contains(html,
                       "<meta name=\"waymark-widget\" content=\"wm_pk_&quot;&gt;&lt;script"
                       "&gt;\">\n<script src=\"/site.js\" defer></script>"));
  EXPECT_FALSE(Contains(html, "wm_pk_\"")) << "the key must not end the attribute";
}

TEST(SiteLayout, HeaderLinksEveryPageAndMarksTheCurrentOne) {
  const std::string header =
      Between(Frame(SiteSettings{}, SitePage::kCookiePolicy), "<header>", "</header>");
  EXPECT_TRUE(Contains(header, "<a href=\"/\">Home</a>"));
  EXPECT_TRUE(
      Contains(header, "<a href=\"/cookie-policy\" aria-current=\"page\">Cookie policy</a>"));
  EXPECT_TRUE(Contains(header, "<a href=\"/privacy\">Privacy</a>"));
  EXPECT_TRUE(Contains(header, "<a href=\"/app/\">Dashboard</a>"));
  EXPECT_EQ(header.find("aria-current"), header.rfind("aria-current")) << "one current page";
}

TEST(SiteLayout, FooterNamesTheOperatorEscapedAndReopensTheCookieChoice) {
  const std::string footer = Between(Frame(AcmeSettings()), "<footer>", "</footer>");
  EXPECT_TRUE(Contains(footer, "Acme &lt;Labs&gt; &amp; &quot;Co&quot;")) << footer;
  EXPECT_FALSE(Contains(footer, "<Labs>"));
  EXPECT_TRUE(Contains(footer, "<a href=\"/cookie-policy\">Cookie policy</a>"));
  EXPECT_TRUE(Contains(footer, "<a href=\"/privacy\">Privacy</a>"));
  EXPECT_TRUE(Contains(footer,
                       "<a href=\"/cookie-policy#cookie-settings\" data-cookie-settings>"
                       "Cookie settings</a>"));
}

}  // namespace
}  // namespace waymark::site
