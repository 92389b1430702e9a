#include "site/sign_in_page.hpp"

#include "cookies/lifetime_text.hpp"
#include "markup/html.hpp"
#include "site/site_layout.hpp"

namespace waymark::site {

std::string SignInPage(const SiteSettings& settings) {
  const std::string remember =
      cookies::DurationText(*cookies::Spec(cookies::CookieId::kToken).extended_max_age);
  std::string main =
      "<h1>Sign in</h1>\n"
      "<p>Sign in to manage your projects' posts, messages and reports.</p>\n"
      "<noscript><p>Signing in needs JavaScript, which is turned off in this "
      "browser.</p></noscript>\n"
      // POST, so that without the script a password never lands in a URL (or a log line).
      "<form id=\"sign-in\" novalidate method=\"post\">\n"
      "<label for=\"sign-in-email\">Email\n"
      "<input name=\"email\" type=\"email\" autocomplete=\"username\" required "
      "id=\"sign-in-email\"></label>\n"
      "<label for=\"sign-in-password\">Password\n"
      "<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required "
      "id=\"sign-in-password\"></label>\n"
      "<label class=\"check\" for=\"sign-in-remember\">"
      "<input name=\"remember\" type=\"checkbox\" id=\"sign-in-remember\"> Remember me for " +
      remember +
      "</label>\n"
      "<button type=\"submit\">Sign in</button>\n"
      "<p id=\"sign-in-error\" role=\"alert\"></p>\n"
      "</form>\n"
      "<section id=\"signed-in\" hidden>\n"
      "<p>Signed in as <span data-user-email></span>.</p>\n"
      "<p>The dashboard's pages are still to come; meanwhile the management API under "
      "<code>/api/v1</code> does everything.</p>\n"
      "<button type=\"button\" id=\"sign-out\">Sign out</button>\n"
      "</section>\n"
      "<p class=\"meta\">Signing in sets one strictly necessary cookie, <code>";
  markup::AppendEscapedHtml(main, settings.cookie_names.Name(cookies::CookieId::kToken));
  main += "</code>; see the <a href=\"/cookie-policy\">cookie policy</a>.</p>\n";
  return SiteDocument(settings, {SitePage::kSignIn, "Sign in", main});
}

}  // namespace waymark::site
