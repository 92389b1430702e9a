#pragma once

#include <string_view>
#include <vector>

#include "http/router.hpp"
#include "http/static_assets.hpp"
#include "site/app_shell.hpp"
#include "site/site_settings.hpp"

namespace waymark::site {

// The site pages' Content-Security-Policy: scripts from this server only (/site.js, and the
// dashboard's module script) and no inline script, this server's stylesheets and the inline
// style, calls to this server only, images from here or any https address (a post's cover).
inline constexpr std::string_view kSitePagePolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

// The site pages, rendered once at start (they depend only on the settings, the cookie
// registry and the dashboard's bundle) and served from memory, precompressed, with an ETag:
//   GET /  /privacy  /cookie-policy  /app/      (and /app, redirected to /app/)
// and the dashboard's script and stylesheet, at the /app/assets/ paths the shell names.
class SitePages {
 public:
  SitePages(const SiteSettings& settings, AppBundle app);

  // REQUIRES: this object outlives the router.
  void AddRoutes(http::Router& router) const;

  const std::vector<http::Asset>& pages() const { return pages_; }

 private:
  std::vector<http::Asset> pages_;
  AppBundle app_;
};

}  // namespace waymark::site
