#pragma once

#include <string>
#include <string_view>

#include "site/site_settings.hpp"

// The frame every site page sits in (/, /privacy, /cookie-policy, /app/): one HTML5
// document with the policy version and the embedded widget's key in <head>, /site.js
// (the consent pop-up and the sign-in script) deferred, a header with the navigation, and
// a footer whose "Cookie settings" link reopens the consent choice. The pages read the
// same without the script.
namespace waymark::site {

// Which page is shown, for the navigation's aria-current.
enum class SitePage { kHome, kCookiePolicy, kPrivacy, kSignIn };

struct PageFrame {
  SitePage page;
  std::string_view title;  // plain text, before " · Waymark"
  std::string_view main;   // HTML inside <main id="main">, inserted as is
};

std::string SiteDocument(const SiteSettings& settings, const PageFrame& frame);

}  // namespace waymark::site
