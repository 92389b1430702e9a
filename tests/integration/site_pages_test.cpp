// The site pages and the cookie registry as a browser gets them from the real server: the
// HTML pages under their Content-Security-Policy, the policy written from the settings the
// server was started with, and GET /api/v1/cookies.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

constexpr std::string_view kPagePolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

class SitePages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--site-operator-name", "Acme <Labs>", "--site-operator-contact",
                                 "privacy@acme.test", "--cookies-prefix", "_ACME_",
                                 "--access-log-anonymize-ip", "true", "--access-log-retention-days",
                                 "9"});
  }
  static void TearDownTestSuite() { delete server_; }
  static ServerProcess* server_;
};
ServerProcess* SitePages::server_ = nullptr;

TEST_F(SitePages, EveryPageIsHtmlUnderTheSitePolicy) {
  http::Client client = server_->Client();
  for (std::string path : {"/", "/privacy", "/cookie-policy", "/app/"}) {
    auto page = client.Get(path);
    ASSERT_TRUE(page.ok()) << path << ": " << page.status().message();
    EXPECT_EQ(page->status, 200u) << path;
    EXPECT_EQ(page->Header("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_EQ(page->Header("Content-Security-Policy"), kPagePolicy) << path;
    EXPECT_EQ(page->Header("Cache-Control"), "no-cache") << path;
    EXPECT_FALSE(page->Header("ETag").empty()) << path;
    EXPECT_TRUE(page->body.starts_with("<!doctype html><html lang=\"en\">")) << path;
    EXPECT_TRUE(Contains(page->body, "<script src=\"/site.js\" defer></script>")) << path;
    EXPECT_TRUE(Contains(page->body, "Acme &lt;Labs&gt;")) << path;
  }
}

TEST_F(SitePages, AppRedirectsToTheDashboard) {
  auto reply = server_->Client().Get("/app");
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_EQ(reply->status, 301u);
  EXPECT_EQ(reply->Header("Location"), "/app/");
}

// The text of the attribute `name="..."` in the first tag that opens with `tag`.
std::string AttributeOf(std::string_view html, std::string_view tag, std::string_view name) {
  const std::size_t at = html.find(tag);
  if (at == std::string_view::npos) return {};
  const std::string open = std::string(name) + "=\"";
  const std::size_t start = html.find(open, at);
  if (start == std::string_view::npos || start > html.find('>', at)) return {};
  const std::size_t end = html.find('"', start + open.size());
  return std::string(html.substr(start + open.size(), end - start - open.size()));
}

// The dashboard's page and the bundle the build left beside the server, which it names.
TEST_F(SitePages, TheDashboardLoadsItsBundleWhichBrowsersKeepForAYear) {
  http::Client client = server_->Client();
  auto shell = client.Get("/app/");
  ASSERT_TRUE(shell.ok()) << shell.status().message();
  EXPECT_TRUE(Contains(shell->body, "<div id=\"app\"></div>"));
  const std::string script = AttributeOf(shell->body, "<script type=\"module\"", "src");
  const std::string style = AttributeOf(shell->body, "<link rel=\"stylesheet\"", "href");
  ASSERT_TRUE(script.starts_with("/app/assets/app-") && script.ends_with(".js")) << script;
  ASSERT_TRUE(style.starts_with("/app/assets/app-") && style.ends_with(".css")) << style;

  for (auto [path, type] : {std::pair{script, "text/javascript; charset=utf-8"},
                            std::pair{style, "text/css; charset=utf-8"}}) {
    auto asset = client.Get(path);
    ASSERT_TRUE(asset.ok()) << path << ": " << asset.status().message();
    EXPECT_EQ(asset->status, 200u) << path;
    EXPECT_EQ(asset->Header("Content-Type"), type) << path;
    EXPECT_EQ(asset->Header("Cache-Control"), "public, max-age=31536000, immutable") << path;
    EXPECT_FALSE(asset->body.empty()) << path;
  }
  auto stale = client.Get("/app/assets/app-00000000.js");
  ASSERT_TRUE(stale.ok()) << stale.status().message();
  EXPECT_EQ(stale->status, 404u) << "only the current build's files";
}

TEST_F(SitePages, ThePolicyStatesHowThisServerIsConfigured) {
  auto page = server_->Client().Get("/cookie-policy");
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_TRUE(Contains(page->body, "<tr data-cookie=\"_ACME_TOKEN\""));
  EXPECT_TRUE(Contains(page->body, "<tr data-cookie=\"_ACME_CONSENT\""));
  EXPECT_FALSE(Contains(page->body, "_JIMO_"));
  EXPECT_TRUE(Contains(page->body, "Addresses are shortened"));
  EXPECT_TRUE(Contains(page->body, "more than 9 days old"));
  EXPECT_TRUE(Contains(page->body, "mailto:privacy@acme.test"));
  EXPECT_TRUE(Contains(page->body, "id=\"cookie-settings\""));
}

TEST_F(SitePages, CookieRegistryIsPublicJsonWithTheConfiguredNames) {
  http::Client client = server_->Client();
  auto reply = client.Get("/api/v1/cookies");
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_EQ(reply->status, 200u);
  EXPECT_EQ(reply->Header("Content-Type"), "application/json");
  EXPECT_EQ(reply->Header("Cache-Control"), "public, max-age=300");
  boost::json::array registry = boost::json::parse(reply->body).as_array();
  ASSERT_EQ(registry.size(), 9u);
  EXPECT_EQ(registry[0].at("name"), "_ACME_TOKEN");
  EXPECT_EQ(registry[0].at("lifetime"), "session");
  EXPECT_EQ(registry[0].at("extendedMaxAgeSeconds"), 30 * 24 * 3600);

  auto again = client.Get("/api/v1/cookies", {{"If-None-Match", reply->Header("ETag")}});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->status, 304u);
}

}  // namespace
}  // namespace waymark::testing
