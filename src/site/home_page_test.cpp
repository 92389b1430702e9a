#include "site/home_page.hpp"

#include <gtest/gtest.h>

#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::AcmeSettings;
using testkit::Between;
using testkit::Contains;

TEST(HomePage, SaysWhatWaymarkIsAndLeadsToTheSignIn) {
  const std::string main = Between(HomePage(SiteSettings{}), "<main id=\"main\">", "</main>");
  for (std::string_view topic : {"changelog widget with an unread badge", "In-app messages",
                                 "Targeting", "Analytics", "Self-hosted"}) {
    EXPECT_TRUE(Contains(main, topic)) << topic;
  }
  EXPECT_TRUE(Contains(main, "<a href=\"/app/\">Sign in to the dashboard</a>"));
}

TEST(HomePage, NamesTheOperatorEscaped) {
  const std::string html = HomePage(AcmeSettings());
  EXPECT_TRUE(Contains(html, "run by Acme &lt;Labs&gt; &amp; &quot;Co&quot;."));
  EXPECT_FALSE(Contains(html, "<Labs>"));
}

}  // namespace
}  // namespace waymark::site
