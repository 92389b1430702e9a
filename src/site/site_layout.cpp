#include "site/site_layout.hpp"

#include <array>

#include "cookies/registry.hpp"
#include "markup/html.hpp"
#include "site/site_style.hpp"

namespace waymark::site {
namespace {

using markup::AppendEscapedHtml;

struct NavItem {
  SitePage page;
  std::string_view href;
  std::string_view text;
};

constexpr std::array kNav{NavItem{SitePage::kHome, "/", "Home"},
                          NavItem{SitePage::kCookiePolicy, "/cookie-policy", "Cookie policy"},
                          NavItem{SitePage::kPrivacy, "/privacy", "Privacy"},
                          NavItem{SitePage::kApp, "/app/", "Dashboard"}};

void AppendHead(std::string& out, const SiteSettings& settings, const PageFrame& frame) {
  out += "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  AppendEscapedHtml(out, frame.title);
  out += " \u00B7 Waymark</title>\n";
  out += "<meta name=\"waymark-policy-version\" content=\"";
  out += std::to_string(cookies::CurrentPolicy().version);
  out += "\">\n";
  if (!settings.widget_key.empty()) {
    out += "<meta name=\"waymark-widget\" content=\"";
    AppendEscapedHtml(out, settings.widget_key);
    out += "\">\n";
  }
  out += "<script src=\"/site.js\" defer></script>\n<style>";
  out += kSiteStyle;
  out += "</style>";
  // After the site's style, so that a page's own stylesheet wins where both set a rule.
  out += frame.head;
  out += "</head>\n";
}

void AppendHeader(std::string& out, SitePage current) {
  out += "<header><a class=\"brand\" href=\"/\">Waymark</a>\n<nav aria-label=\"Site\"><ul>";
  for (const NavItem& item : kNav) {
    out += "<li><a href=\"";
    out += item.href;
    out += '"';
    if (item.page == current) out += " aria-current=\"page\"";
    out += '>';
    out += item.text;
    out += "</a></li>";
  }
  out += "</ul></nav></header>\n";
}

void AppendFooter(std::string& out, const SiteSettings& settings) {
  out += "<footer><p>";
  AppendEscapedHtml(out, settings.operator_name);
  out +=
      " \u00B7 <a href=\"/cookie-policy\">Cookie policy</a>"
      " \u00B7 <a href=\"/privacy\">Privacy</a>"
      " \u00B7 <a href=\"/cookie-policy#cookie-settings\" data-cookie-settings>"
      "Cookie settings</a></p></footer>\n";
}

}  // namespace

std::string SiteDocument(const SiteSettings& settings, const PageFrame& frame) {
  std::string out;
  out.reserve(frame.head.size() + frame.main.size() + kSiteStyle.size() + 1024);
  AppendHead(out, settings, frame);
  out += frame.page == SitePage::kApp ? "<body class=\"app\">" : "<body>";
  out += "<a class=\"skip\" href=\"#main\">Skip to content</a>\n";
  if (frame.page == SitePage::kApp) {
    // The dashboard draws its own top bar and its own <main id="main">, past its sidebar.
    out += frame.main;
  } else {
    AppendHeader(out, frame.page);
    out += "<main id=\"main\">\n";
    out += frame.main;
    out += "</main>\n";
  }
  AppendFooter(out, settings);
  out += "</body></html>\n";
  return out;
}

}  // namespace waymark::site
