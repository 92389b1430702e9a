#pragma once

#include <string>
#include <string_view>

#include "site/site_settings.hpp"

// The frame every site page sits in (/, /privacy, /cookie-policy, and the dashboard at
// /app/): one HTML5 document with the policy version and the embedded widget's key in
// <head>, /site.js (the consent pop-up) deferred, a header with the navigation and <main>
// (except on the dashboard, which draws its own top bar and <main>), and a footer whose
// "Cookie settings" link reopens the consent choice. The pages read the same without the script;
// the dashboard is the one page that needs its own.
namespace waymark::site {

// Which page is shown, for the navigation's aria-current. kApp, the dashboard, also marks
// the body (<body class="app">) so that the dashboard takes the window's whole width
// rather than the reading column of the other pages.
enum class SitePage { kHome, kCookiePolicy, kPrivacy, kApp };

struct PageFrame {
  SitePage page;
  std::string_view title;      // plain text, before " · Waymark"
  std::string_view main;       // HTML inside <main id="main"> (kApp: the body), as is
  std::string_view head = {};  // HTML at the end of <head>, after the site's style, as is
};

std::string SiteDocument(const SiteSettings& settings, const PageFrame& frame);

}  // namespace waymark::site
