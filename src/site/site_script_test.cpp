#include "site/site_script.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "http/test_decompression.hpp"
#include "http/test_request.hpp"

namespace waymark::site {
namespace {

using http::test::HeaderList;
using http::test::HeaderOf;
using http::test::TestRequest;

// A file of this test's own, removed afterwards.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("waymark-site-" + std::to_string(::getpid()) + "-" + test->name() + ".js");
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A bundle about the size of the real one, repetitive as bundles are.
std::string Bundle() {
  std::string text = "(()=>{";
  for (int i = 0; i < 100; ++i) text += "var a" + std::to_string(i) + "=document.title;";
  return text + "})();";
}

http::Response Get(const http::Router& router, const HeaderList& headers = {}) {
  TestRequest get(http::Verb::get, "/site.js", headers);
  http::Match match = router.Find(http::Verb::get, get.request.path, false, get.request.params);
  EXPECT_NE(match.route, nullptr);
  if (match.route == nullptr) return http::Response();
  return http::test::Await(match.route->handler(get.request));
}

TEST(SiteScript, ServedAsJavaScriptThatBrowsersRevalidate) {
  TempFile file(Bundle());
  Result<http::Asset> script = LoadSiteScript(file.path());
  ASSERT_TRUE(script.ok()) << script.status().message();
  http::Router router;
  http::AddAssetRoute(router, *script);

  http::Response response = Get(router);
  EXPECT_EQ(response.status, http::StatusCode::ok);
  EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(HeaderOf(response, "Cache-Control"), "no-cache");
  EXPECT_EQ(response.body(), Bundle());
  const std::string etag = HeaderOf(response, "ETag");
  ASSERT_FALSE(etag.empty());

  http::Response again = Get(router, {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, http::StatusCode::not_modified);
}

TEST(SiteScript, CompressedForBrowsersThatAcceptIt) {
  TempFile file(Bundle());
  Result<http::Asset> script = LoadSiteScript(file.path());
  ASSERT_TRUE(script.ok()) << script.status().message();
  http::Router router;
  http::AddAssetRoute(router, *script);

  http::Response response = Get(router, {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(HeaderOf(response, "Content-Encoding"), "gzip");
  EXPECT_EQ(http::test::Gunzip(response.body()), Bundle());
}

TEST(SiteScript, AMissingOrEmptyBundleIsAnErrorThatNamesIt) {
  Result<http::Asset> missing = LoadSiteScript("/nonexistent/web/site.js");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/web/site.js"), std::string::npos);

  TempFile empty("");
  Result<http::Asset> nothing = LoadSiteScript(empty.path());
  ASSERT_FALSE(nothing.ok());
  EXPECT_NE(nothing.status().message().find(empty.path().string()), std::string::npos);
}

}  // namespace
}  // namespace waymark::site
