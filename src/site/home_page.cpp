#include "site/home_page.hpp"

#include "markup/html.hpp"
#include "site/site_layout.hpp"

namespace waymark::site {
namespace {

constexpr std::string_view kFeatures =
    "<section aria-labelledby=\"features\">\n<h2 id=\"features\">What it does</h2>\n<dl>\n"
    "<dt>A changelog widget with an unread badge</dt>\n"
    "<dd>Write posts in Markdown, in several languages, and publish them now or later. The "
    "widget shows them inside your product, and its badge counts what each user has not read "
    "yet. Every project also gets a public changelog page and an Atom feed.</dd>\n"
    "<dt>In-app messages</dt>\n"
    "<dd>Modals, snippets, banners, tooltips, hotspots and step-by-step tours, placed on the "
    "pages of your product where they help.</dd>\n"
    "<dt>Targeting</dt>\n"
    "<dd>Choose who sees each message and when: segments of users by their attributes, page "
    "addresses, start and end dates, how often a message may come back, and how many may "
    "appear at once.</dd>\n"
    "<dt>Analytics</dt>\n"
    "<dd>Every view, click and dismissal is counted, with reports per message and an export. "
    "Events can also come from your servers through a Segment-compatible API.</dd>\n"
    "<dt>Self-hosted</dt>\n"
    "<dd>One server and one database file on a machine you control. Its cookies are "
    "first-party only, and the <a href=\"/cookie-policy\">cookie policy</a> is written by "
    "the server from the same list it sets them from.</dd>\n"
    "</dl>\n</section>\n";

}  // namespace

std::string HomePage(const SiteSettings& settings) {
  std::string main =
      "<h1>Waymark</h1>\n<p class=\"lead\">Tell your users what is new, and guide them, right "
      "inside your product, from a server you run yourself.</p>\n";
  main += "<p><a href=\"/app/\">Sign in to the dashboard</a></p>\n";
  main += kFeatures;
  main += "<p class=\"meta\">This server is run by ";
  markup::AppendEscapedHtml(main, settings.operator_name);
  main += ". How it treats your data: <a href=\"/privacy\">privacy notice</a>.</p>\n";
  return SiteDocument(settings,
                      {SitePage::kHome, "Self-hosted changelog and in-app messages", main});
}

}  // namespace waymark::site
