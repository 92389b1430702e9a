#include "site/contact_link.hpp"

#include <gtest/gtest.h>

namespace waymark::site {
namespace {

TEST(ContactHtml, AnEmailAddressIsAMailtoLink) {
  EXPECT_EQ(ContactHtml("privacy@acme.test"),
            "<a href=\"mailto:privacy@acme.test\">privacy@acme.test</a>");
}

TEST(ContactHtml, AWebAddressIsALink) {
  EXPECT_EQ(
      ContactHtml("https://acme.test/privacy?a=1&b=2"),
      "<a "
      "href=\"https://acme.test/privacy?a=1&amp;b=2\">https://acme.test/privacy?a=1&amp;b=2</a>");
}

TEST(ContactHtml, AnythingElseIsEscapedText) {
  EXPECT_EQ(ContactHtml("Acme, 1 Main St <Privacy>"), "Acme, 1 Main St &lt;Privacy&gt;");
  EXPECT_EQ(ContactHtml("javascript:alert(1)"), "javascript:alert(1)");
  EXPECT_EQ(ContactHtml("a@b@c"), "a@b@c");
  EXPECT_EQ(ContactHtml("mailto:x@y.test"), "mailto:x@y.test");
  EXPECT_EQ(ContactHtml("x\"@y.test"), "x&quot;@y.test");
}

}  // namespace
}  // namespace waymark::site
