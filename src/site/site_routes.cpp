#include "site/site_routes.hpp"

#include "site/cookie_policy_page.hpp"
#include "site/home_page.hpp"
#include "site/privacy_page.hpp"
#include "site/sign_in_page.hpp"

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

SitePages::SitePages(const SiteSettings& settings) {
  pages_.push_back(Page("/", HomePage(settings)));
  pages_.push_back(Page("/privacy", PrivacyPage(settings)));
  pages_.push_back(Page("/cookie-policy", CookiePolicyPage(settings)));
  pages_.push_back(Page("/app/", SignInPage(settings)));
}

void SitePages::AddRoutes(http::Router& router) const {
  for (const http::Asset& page : pages_) {
    router.Add(http::Verb::get, page.url_path,
               [&page](http::Request& request) { return ServePage(page, request); });
  }
  router.Add(http::Verb::get, "/app", RedirectToApp);
}

}  // namespace waymark::site
