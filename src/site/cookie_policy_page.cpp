#include "site/cookie_policy_page.hpp"

#include "changelog/dates.hpp"
#include "cookies/lifetime_text.hpp"
#include "core/time_format.hpp"
#include "markup/html.hpp"
#include "site/contact_link.hpp"
#include "site/cookie_table.hpp"
#include "site/site_layout.hpp"
#include "site/web_log_notice.hpp"

namespace waymark::site {
namespace {

using markup::AppendEscapedHtml;
using markup::EscapeHtml;

std::string Intro(const SiteSettings& settings) {
  std::string out = "<h1>Cookie policy</h1>\n<p class=\"meta\">Cookie policy " +
                    PolicyVersionHtml() + "</p>\n<p class=\"lead\">This server, run by ";
  AppendEscapedHtml(out, settings.operator_name);
  out +=
      ", hosts Waymark, a self-hosted platform for changelogs and in-app messages. This "
      "page sets out which cookies it uses and why, what else it records when you visit, "
      "and how to change your mind. It covers these pages, the dashboard, and the Waymark "
      "widget on the sites that embed it.</p>\n";
  return out;
}

std::string InformationCollected(const SiteSettings& settings) {
  return "<section aria-labelledby=\"information\">\n"
         "<h2 id=\"information\">Information collected</h2>\n" +
         LoggedFieldsHtml(settings) +
         "<p>On a site that embeds the widget, the widget tells this server what it needs to "
         "choose and count messages: the project it belongs to, the address of the page, and "
         "which messages were shown, clicked or dismissed. A user id and other details about "
         "the user are sent only when that site identifies its signed-in user.</p>\n"
         "<p>None of this is used for advertising or to follow anyone from site to "
         "site.</p>\n</section>\n";
}

std::string WhatACookieIs(const SiteSettings& settings) {
  return "<section aria-labelledby=\"what-is-a-cookie\">\n"
         "<h2 id=\"what-is-a-cookie\">What a cookie is</h2>\n"
         "<p>A cookie is a short piece of text that a website asks your browser to keep and to "
         "send back with each later request to the same site. It lets the site recognise "
         "your browser from one page to the next: to keep you signed in, for example, or to "
         "remember a choice you made.</p>\n"
         "<p>A <strong>session</strong> cookie is gone when you close the browser. A "
         "<strong>persistent</strong> cookie has an expiry date and stays until then, unless "
         "you delete it sooner. A <strong>first-party</strong> cookie belongs to the site in "
         "your address bar; a third-party cookie belongs to some other site whose content the "
         "page loads.</p>\n"
         "<p>Waymark uses first-party cookies only, of two kinds:</p>\n<dl>\n"
         "<dt>Strictly necessary</dt><dd>needed for something you asked for, such as staying "
         "signed in or keeping your cookie choice. The service cannot work without "
         "them.</dd>\n"
         "<dt>Functionality</dt><dd>let the widget remember what it has already shown you, so "
         "it does not repeat itself. They are written only with your agreement, and a site "
         "that embeds the widget can keep them from being written at all.</dd>\n</dl>\n"
         "<p>No cookie here serves advertising or tracks you across sites. Each cookie name "
         "starts with <code>" +
         EscapeHtml(settings.cookie_names.prefix()) +
         "</code>, a prefix chosen by the operator.</p>\n</section>\n";
}

std::string CookieFunctions(const SiteSettings& settings) {
  const cookies::CookieNames& names = settings.cookie_names;
  const std::string remember =
      cookies::DurationText(*cookies::Spec(cookies::CookieId::kToken).extended_max_age);
  return "<section aria-labelledby=\"cookie-functions\">\n"
         "<h2 id=\"cookie-functions\">What the cookies do</h2>\n"
         "<h3>Personalization</h3>\n"
         "<p>The widget remembers which in-app messages you have already seen or dismissed, "
         "so they are not shown again, and when you last opened the changelog, so that its "
         "unread badge counts only the posts published since. It also keeps analytics events "
         "until they have been sent, and remembers which ones the server saved, so none is "
         "counted twice.</p>\n"
         "<h3>Session management</h3>\n"
         "<p>Signing in sets <code>" +
         EscapeHtml(names.Name(cookies::CookieId::kToken)) +
         "</code>, which holds a random session identifier; the server keeps only a hash of "
         "it. The session ends when you sign out, when it has gone unused for a while, or "
         "when you close the browser, unless you ticked \u201Cremember me\u201D, which keeps "
         "it for " +
         remember +
         ". The browser extension's session works the same way, with a token of its "
         "own.</p>\n"
         "<p>Changes made from a signed-in browser also need a security token, which guards "
         "against cross-site request forgery. <strong>The security token is not a "
         "cookie</strong>: the server derives it from your session and gives it to the "
         "dashboard, which sends it back in a request header with every change.</p>\n"
         "<p><code>" +
         EscapeHtml(names.Name(cookies::CookieId::kConsent)) +
         "</code> remembers the choice you made about cookies, so that you are not asked on "
         "every page; the choice itself is recorded on the server.</p>\n</section>\n";
}

std::string CookieList(const SiteSettings& settings) {
  return "<section aria-labelledby=\"cookie-list\">\n"
         "<h2 id=\"cookie-list\">The cookies</h2>\n" +
         CookieTableHtml(settings.cookie_names) +
         "<p>The same list, for programs: <a href=\"/api/v1/cookies\">/api/v1/cookies</a> "
         "(JSON).</p>\n</section>\n";
}

std::string WebLogs(const SiteSettings& settings) {
  return "<section aria-labelledby=\"web-logs\">\n"
         "<h2 id=\"web-logs\">IP addresses and web logs</h2>\n"
         "<p>An IP address is the number that identifies a device, or the network it is "
         "on, on the internet. Every request carries one: a server could not send its answer "
         "back without it.</p>\n" +
         LogKeepingHtml(settings) + "</section>\n";
}

std::string ThirdParties() {
  return "<section aria-labelledby=\"third-parties\">\n"
         "<h2 id=\"third-parties\">Third parties</h2>\n"
         "<p>This server sets no third-party cookies, and its pages load no scripts, fonts or "
         "trackers from anywhere else. The widget's cookies belong to the site that embeds it "
         "(they are first-party there); that site may use cookies of its own, which its own "
         "policy describes.</p>\n"
         "<p>Pages here may link to other sites. Those sites have their own privacy and cookie "
         "policies, which this one does not cover.</p>\n</section>\n";
}

std::string CookieSettings() {
  return "<section id=\"cookie-settings\" aria-labelledby=\"cookie-settings-title\">\n"
         "<h2 id=\"cookie-settings-title\">Changing your choice</h2>\n"
         "<p>You can change or withdraw your choice at any time: "
         "<a href=\"#cookie-settings\" data-cookie-settings>open the cookie settings</a>, "
         "also linked at the foot of every page. Withdrawing stops functionality cookies "
         "from being written from then on.</p>\n"
         "<p>Your browser's settings can also delete cookies, or block them. Blocking "
         "strictly necessary cookies means signing in will not work.</p>\n"
         "<p>The choice is offered by a small script. With JavaScript turned off the widget "
         "does not run either, so no functionality cookie is written.</p>\n</section>\n";
}

std::string Changes() {
  return "<section aria-labelledby=\"changes\">\n"
         "<h2 id=\"changes\">Changes to this policy</h2>\n"
         "<p>This is " +
         PolicyVersionHtml() +
         ". Whenever the cookies change (a new cookie, or a new purpose or lifetime for one), "
         "the policy gets a new version, and every visitor is asked for their choice "
         "again.</p>\n</section>\n";
}

std::string Contact(const SiteSettings& settings) {
  std::string out =
      "<section aria-labelledby=\"contact\">\n<h2 id=\"contact\">Contact</h2>\n<p>Questions "
      "about this policy or about your data go to ";
  AppendEscapedHtml(out, settings.operator_name);
  out += ": " + ContactHtml(settings.operator_contact) +
         ". See also the <a href=\"/privacy\">privacy notice</a>.</p>\n</section>\n";
  return out;
}

}  // namespace

std::string PolicyVersionHtml() {
  const cookies::PolicyVersion& policy = cookies::CurrentPolicy();
  std::string out = "version " + std::to_string(policy.version) + ", last updated ";
  // The registry's date is ISO 8601 (cookie_policy_page_test holds it to that).
  const std::optional<std::int64_t> day = ParseIso8601(policy.updated);
  out += "<time datetime=\"";
  out += policy.updated;
  out += "\">";
  out += day ? changelog::HumanDate(*day) : std::string(policy.updated);
  out += "</time>";
  return out;
}

std::string CookiePolicyPage(const SiteSettings& settings) {
  const std::string main = Intro(settings) + InformationCollected(settings) +
                           WhatACookieIs(settings) + CookieFunctions(settings) +
                           CookieList(settings) + WebLogs(settings) + ThirdParties() +
                           CookieSettings() + Changes() + Contact(settings);
  return SiteDocument(settings, {SitePage::kCookiePolicy, "Cookie policy", main});
}

}  // namespace waymark::site
