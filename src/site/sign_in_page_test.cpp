#include "site/sign_in_page.hpp"

#include <gtest/gtest.h>

#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::AcmeSettings;
using testkit::Between;
using testkit::Contains;

TEST(SignInPage, HasTheFormTheSignInScriptDrives) {
  const std::string form =
      Between(SignInPage(SiteSettings{}), "<form id=\"sign-in\" novalidate", "</form>");
  ASSERT_FALSE(form.empty());
  EXPECT_TRUE(Contains(form,
                       "<input name=\"email\" type=\"email\" autocomplete=\"username\" "
                       "required"));
  EXPECT_TRUE(Contains(form,
                       "<input name=\"password\" type=\"password\" "
                       "autocomplete=\"current-password\" required"));
  EXPECT_TRUE(Contains(form, "<input name=\"remember\" type=\"checkbox\""));
  EXPECT_TRUE(Contains(form, "Remember me for 30 days</label>"));
  EXPECT_TRUE(Contains(form, "<button type=\"submit\">Sign in</button>"));
  EXPECT_TRUE(Contains(form, "<p id=\"sign-in-error\" role=\"alert\"></p>"));
  // Without the script the form must not put the password into a URL.
  EXPECT_TRUE(Contains(form, "method=\"post\""));
}

TEST(SignInPage, EveryInputHasItsLabel) {
  const std::string form =
      Between(SignInPage(SiteSettings{}), "<form id=\"sign-in\" novalidate", "</form>");
  for (std::string_view id : {"sign-in-email", "sign-in-password", "sign-in-remember"}) {
    EXPECT_TRUE(Contains(form, "<label for=\"" + std::string(id) + "\"") ||
                Contains(form, "<label class=\"check\" for=\"" + std::string(id) + "\""))
        << id;
    EXPECT_TRUE(Contains(form, "id=\"" + std::string(id) + "\"")) << id;
  }
}

TEST(SignInPage, HasTheHiddenSignedInSection) {
  const std::string section =
      Between(SignInPage(SiteSettings{}), "<section id=\"signed-in\" hidden>", "</section>");
  ASSERT_FALSE(section.empty());
  EXPECT_TRUE(Contains(section, "<span data-user-email></span>"));
  EXPECT_TRUE(Contains(section, "<button type=\"button\" id=\"sign-out\">Sign out</button>"));
}

TEST(SignInPage, NamesTheSessionCookieWithThePrefix) {
  EXPECT_TRUE(Contains(SignInPage(AcmeSettings()), "<code>_ACME_TOKEN</code>"));
}

}  // namespace
}  // namespace waymark::site
