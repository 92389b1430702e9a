#include "site/privacy_page.hpp"

#include <gtest/gtest.h>

#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::AcmeSettings;
using testkit::Contains;
using testkit::SectionOf;

TEST(PrivacyPage, NamesTheOperatorEscapedAndHowToReachThem) {
  const std::string html = PrivacyPage(AcmeSettings());
  const std::string responsible = SectionOf(html, "responsible");
  EXPECT_TRUE(Contains(responsible,
                       "Acme &lt;Labs&gt; &amp; &quot;Co&quot;, reachable at "
                       "<a href=\"mailto:privacy@acme.test\">"))
      << responsible;
  EXPECT_FALSE(Contains(html, "<Labs>"));
  EXPECT_TRUE(Contains(SectionOf(html, "rights"), "mailto:privacy@acme.test"));
}

TEST(PrivacyPage, AContactThatIsAWebAddressIsALink) {
  SiteSettings settings;
  settings.operator_contact = "https://acme.test/privacy";
  EXPECT_TRUE(Contains(PrivacyPage(settings),
                       "<a href=\"https://acme.test/privacy\">https://acme.test/privacy</a>"));
}

TEST(PrivacyPage, StatesTheLogAndEventRetentionInForce) {
  const std::string html = PrivacyPage(AcmeSettings());
  const std::string visitors = SectionOf(html, "visitors");
  EXPECT_TRUE(Contains(visitors, "NCSA Combined"));
  EXPECT_TRUE(Contains(visitors, "Addresses are shortened"));
  EXPECT_TRUE(Contains(visitors, "more than 14 days old"));
  EXPECT_TRUE(Contains(SectionOf(html, "end-users"), "deleted after 90 days"));

  SiteSettings keep_all;
  keep_all.analytics_retention_days = 0;
  EXPECT_TRUE(Contains(SectionOf(PrivacyPage(keep_all), "end-users"), "for good"));
}

TEST(PrivacyPage, LinksTheCookiePolicy) {
  EXPECT_TRUE(Contains(SectionOf(PrivacyPage(SiteSettings{}), "never"),
                       "<a href=\"/cookie-policy\">cookie policy</a>"));
}

}  // namespace
}  // namespace waymark::site
