#include "site/privacy_page.hpp"

#include "markup/html.hpp"
#include "site/contact_link.hpp"
#include "site/site_layout.hpp"
#include "site/web_log_notice.hpp"

namespace waymark::site {
namespace {

using markup::EscapeHtml;

std::string WhoIsResponsible(const SiteSettings& settings) {
  return "<h1>Privacy</h1>\n<p class=\"lead\">" + EscapeHtml(settings.operator_name) +
         " runs this server. This notice says what it keeps about the people who use it, "
         "why, for how long, and whom to ask about it.</p>\n"
         "<section aria-labelledby=\"responsible\">\n"
         "<h2 id=\"responsible\">Who is responsible</h2>\n<p>" +
         EscapeHtml(settings.operator_name) + ", reachable at " +
         ContactHtml(settings.operator_contact) +
         ", decides what this server keeps and answers for it.</p>\n</section>\n";
}

std::string Visitors(const SiteSettings& settings) {
  return "<section aria-labelledby=\"visitors\">\n"
         "<h2 id=\"visitors\">Everyone who visits</h2>\n" +
         LoggedFieldsHtml(settings) + LogKeepingHtml(settings) + "</section>\n";
}

std::string Makers() {
  return "<section aria-labelledby=\"makers\">\n"
         "<h2 id=\"makers\">People with a dashboard account</h2>\n"
         "<p>An account holds an email address, a name and a password; the password is kept "
         "only as a salted hash, from which it cannot be read back. Each sign-in keeps a "
         "session record with its times, a shortened IP address and the browser's user "
         "agent, so you can see your sessions and end them. Security events (sign-ins, "
         "failed attempts, keys and tokens created or revoked, changes of role) go to an "
         "audit log that the owners and admins of the workspace can read.</p>\n"
         "</section>\n";
}

std::string EndUsers(const SiteSettings& settings) {
  std::string kept =
      settings.analytics_retention_days > 0
          ? "Raw analytics events are deleted after " +
                std::to_string(settings.analytics_retention_days) +
                " days; the counts made from them are kept."
          : "This server is set to keep raw analytics events, and the counts made from them, "
            "for good.";
  return "<section aria-labelledby=\"end-users\">\n"
         "<h2 id=\"end-users\">People using a site that embeds the widget</h2>\n"
         "<p>For each person the widget meets, the server keeps an id (a random one the widget "
         "makes up, or the site's own user id when the site identifies its signed-in user), "
         "their language, when they were first and last seen, and the details the site chooses "
         "to send, such as a plan or an email address, which its targeting rules may use. It "
         "also keeps which messages they saw, clicked or dismissed, their reactions to posts, "
         "and analytics events. " +
         kept +
         "</p>\n<p>The site that embeds the widget decides what it sends about its users; "
         "ask it first about your data there.</p>\n</section>\n";
}

std::string Never() {
  return "<section aria-labelledby=\"never\">\n"
         "<h2 id=\"never\">What is never done</h2>\n"
         "<p>Nothing kept here is sold, used for advertising, or used to follow anyone "
         "across sites. These pages load nothing from other sites, and every cookie is "
         "first-party: the <a href=\"/cookie-policy\">cookie policy</a> lists each one, with "
         "its purpose and lifetime.</p>\n</section>\n";
}

std::string Rights(const SiteSettings& settings) {
  return "<section aria-labelledby=\"rights\">\n"
         "<h2 id=\"rights\">Your rights</h2>\n"
         "<p>You may ask to see what is kept about you, to have it corrected or deleted, or "
         "to object to its use: write to " +
         ContactHtml(settings.operator_contact) +
         ". Signed-in makers can also end their sessions and change their password "
         "themselves.</p>\n</section>\n";
}

}  // namespace

std::string PrivacyPage(const SiteSettings& settings) {
  const std::string main = WhoIsResponsible(settings) + Visitors(settings) + Makers() +
                           EndUsers(settings) + Never() + Rights(settings);
  return SiteDocument(settings, {SitePage::kPrivacy, "Privacy", main});
}

}  // namespace waymark::site
