#include "site/site_routes.hpp"

#include <gtest/gtest.h>

#include "http/test_decompression.hpp"
#include "http/test_request.hpp"
#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using http::test::HeaderOf;
using testkit::Contains;

class SiteRoutes : public ::testing::Test {
 protected:
  SiteRoutes() : pages_(testkit::AcmeSettings(), testkit::TestAppBundle()) {
    pages_.AddRoutes(router_);
  }

  http::Response Get(const std::string& target, const http::test::HeaderList& headers = {}) {
    http::test::TestRequest t(http::Verb::get, target, headers);
    http::Match match = router_.Find(http::Verb::get, t.request.path, false, t.request.params);
    if (match.route == nullptr) return http::Response::Empty(http::StatusCode::not_found);
    return http::test::Await(match.route->handler(t.request));
  }

  SitePages pages_;
  http::Router router_;
};

TEST_F(SiteRoutes, ServesEveryPageAsHtmlUnderTheSitePolicy) {
  for (std::string path : {"/", "/privacy", "/cookie-policy", "/app/"}) {
    http::Response response = Get(path);
    EXPECT_EQ(response.status, http::StatusCode::ok) << path;
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8") << path;
    EXPECT_EQ(HeaderOf(response, "Content-Security-Policy"), kSitePagePolicy) << path;
    EXPECT_EQ(HeaderOf(response, "Cache-Control"), "no-cache") << path;
    EXPECT_FALSE(HeaderOf(response, "ETag").empty()) << path;
    EXPECT_TRUE(response.body().starts_with("<!doctype html>")) << path;
  }
  EXPECT_TRUE(Contains(Get("/cookie-policy").body(), "<table id=\"cookie-table\">"));
  EXPECT_TRUE(Contains(Get("/app/").body(), "<div id=\"app\"></div>"));
  EXPECT_TRUE(Contains(Get("/privacy").body(), "<h1>Privacy</h1>"));
  EXPECT_TRUE(Contains(Get("/").body(), "<h1>Waymark</h1>"));
}

TEST_F(SiteRoutes, TheDashboardPageLoadsTheBundleServedBeside) {
  const std::string shell(Get("/app/").body());
  EXPECT_TRUE(Contains(shell, "<script type=\"module\" src=\"/app/assets/app-TEST1234.js\">"));
  EXPECT_TRUE(Contains(shell, "<link rel=\"stylesheet\" href=\"/app/assets/app-TEST1234.css\">"));
  for (std::string path : {"/app/assets/app-TEST1234.js", "/app/assets/app-TEST1234.css"}) {
    http::Response asset = Get(path);
    EXPECT_EQ(asset.status, http::StatusCode::ok) << path;
    EXPECT_EQ(HeaderOf(asset, "Cache-Control"), "public, max-age=31536000, immutable") << path;
  }
  EXPECT_EQ(Get("/app/").status, http::StatusCode::ok);
  EXPECT_EQ(Get("/app/assets/app-OTHER.js").status, http::StatusCode::not_found);
}

TEST_F(SiteRoutes, MailedLinksOpenTheDashboard) {
  for (std::string path : {"/app/reset-password?token=abc", "/app/invitations/t0k3n"}) {
    const http::Response response = Get(path);
    EXPECT_EQ(response.status, http::StatusCode::ok) << path;
    EXPECT_TRUE(Contains(std::string(response.body()), "<div id=\"app\"></div>")) << path;
  }
}

TEST_F(SiteRoutes, AppWithoutTheSlashRedirects) {
  http::Response response = Get("/app");
  EXPECT_EQ(response.status, http::StatusCode::moved_permanently);
  EXPECT_EQ(HeaderOf(response, "Location"), "/app/");
}

TEST_F(SiteRoutes, RevalidationWithTheETagIs304) {
  const std::string etag = HeaderOf(Get("/cookie-policy"), "ETag");
  http::Response again = Get("/cookie-policy", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, http::StatusCode::not_modified);
  EXPECT_EQ(again.body(), "");
  EXPECT_EQ(HeaderOf(again, "Content-Security-Policy"), kSitePagePolicy);
  EXPECT_NE(HeaderOf(Get("/privacy"), "ETag"), etag) << "each page has its own version";
}

TEST_F(SiteRoutes, PagesArePrecompressed) {
  const std::string plain(Get("/cookie-policy").body());
  http::Response gzipped = Get("/cookie-policy", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(HeaderOf(gzipped, "Content-Encoding"), "gzip");
  EXPECT_LT(gzipped.body().size(), plain.size());
  EXPECT_EQ(http::test::Gunzip(std::string(gzipped.body())), plain);
}

}  // namespace
}  // namespace waymark::site
