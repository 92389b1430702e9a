#include "site/site_routes.hpp"

#include "site/cookie_policy_page.hpp"
#include "site/home_page.hpp"
#include "site/privacy_page.hpp"

namespace waymark::site {
namespace {

using boost::asio::awaitable;

http::Asset Page(std::string path, std::string html) {
  // no-cache: browsers revalidate with the ETag, so a new policy version is seen at once.
  return http::MakeAsset(std::move(path), "text/html; charset=utf-8", std::move(html), "no-cache");
}

awaitable<http::Response> ServePage(const http::Asset& page, http::Request& request) {
  http::Response response = http::ServeAsset(page, request);
  response.SetHeader("Content-Security-Policy", kSitePagePolicy);
  co_return response;
}

awaitable<http::Response> RedirectToApp(http::Request&) {
  http::Response response = http::Response::Empty(http::StatusCode::moved_permanently);
  response.SetHeader("Location", "/app/");
  co_return response;
}

}  // namespace

SitePages::SitePages(const SiteSettings& settings, AppBundle app) : app_(std::move(app)) {
  pages_.push_back(Page("/", HomePage(settings)));
  pages_.push_back(Page("/privacy", PrivacyPage(settings)));
  pages_.push_back(Page("/cookie-policy", CookiePolicyPage(settings)));
  pages_.push_back(Page("/app/", AppShell(settings, app_)));
}

void SitePages::AddRoutes(http::Router& router) const {
  for (const http::Asset& page : pages_) {
    router.Add(http::Verb::get, page.url_path,
               [&page](http::Request& request) { return ServePage(page, request); });
  }
  router.Add(http::Verb::get, "/app", RedirectToApp);
  // The links the server mails name these paths; the dashboard turns them into its own
  // screens (web/app/src/settings/email_link.ts), so links already sent keep working.
  const http::Asset& shell = pages_.back();
  for (const char* path : {"/app/reset-password", "/app/invitations/{token}"}) {
    router.Add(http::Verb::get, path,
               [&shell](http::Request& request) { return ServePage(shell, request); });
  }
  http::AddAssetRoute(router, app_.script);
  http::AddAssetRoute(router, app_.style);
}

}  // namespace waymark::site
