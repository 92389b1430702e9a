#include "site/app_shell.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "cookies/registry.hpp"
#include "http/test_decompression.hpp"
#include "http/test_request.hpp"
#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using http::test::HeaderList;
using http::test::HeaderOf;
using testkit::AcmeSettings;
using testkit::Between;
using testkit::Contains;
using testkit::TestAppBundle;

// A bundle folder of this test's own (what web/app/build.mjs leaves), removed afterwards.
class BundleDir {
 public:
  BundleDir() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("waymark-app-" + std::to_string(::getpid()) + "-" + test->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_ / "assets");
  }
  ~BundleDir() { std::filesystem::remove_all(path_); }

  void Write(const std::string& relative, const std::string& content) const {
    std::ofstream(path_ / relative, std::ios::binary) << content;
  }
  // A whole bundle: the manifest and the two files it names.
  void WriteBundle() const {
    Write("manifest.json",
          R"({"script":"assets/app-3F2A9C1B.js","style":"assets/app-7D4E0A55.css"})");
    Write("assets/app-3F2A9C1B.js", Script());
    Write("assets/app-7D4E0A55.css", "#app{display:grid;min-height:100vh}");
  }
  const std::filesystem::path& path() const { return path_; }

  // A script about the size of a small bundle, repetitive as bundles are.
  static std::string Script() {
    std::string text = "import{h as e}from\"./x\";";
    for (int i = 0; i < 100; ++i) text += "const a" + std::to_string(i) + "=e(\"div\");";
    return text;
  }

 private:
  std::filesystem::path path_;
};

std::string ErrorOf(const BundleDir& dir) {
  Result<AppBundle> bundle = LoadAppBundle(dir.path());
  EXPECT_FALSE(bundle.ok());
  return bundle.ok() ? "" : bundle.status().message();
}

http::Response Get(const http::Router& router, const std::string& path,
                   const HeaderList& headers = {}) {
  http::test::TestRequest get(http::Verb::get, path, headers);
  http::Match match = router.Find(http::Verb::get, get.request.path, false, get.request.params);
  EXPECT_NE(match.route, nullptr) << path;
  if (match.route == nullptr) return http::Response();
  return http::test::Await(match.route->handler(get.request));
}

TEST(AppBundle, LoadsTheFilesTheManifestNamesAtTheirAppAssetPaths) {
  BundleDir dir;
  dir.WriteBundle();
  Result<AppBundle> bundle = LoadAppBundle(dir.path());
  ASSERT_TRUE(bundle.ok()) << bundle.status().message();

  EXPECT_EQ(bundle->script.url_path, "/app/assets/app-3F2A9C1B.js");
  EXPECT_EQ(bundle->script.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(bundle->script.identity, BundleDir::Script());
  EXPECT_EQ(bundle->style.url_path, "/app/assets/app-7D4E0A55.css");
  EXPECT_EQ(bundle->style.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(bundle->style.identity, "#app{display:grid;min-height:100vh}");
  // The rule the other static files follow too: what lies under assets/ is kept for a year.
  EXPECT_TRUE(http::IsImmutablePath(bundle->script.url_path));
  EXPECT_TRUE(http::IsImmutablePath(bundle->style.url_path));
}

TEST(AppBundle, ServedForAYearCompressedAndRevalidatedByETag) {
  BundleDir dir;
  dir.WriteBundle();
  Result<AppBundle> bundle = LoadAppBundle(dir.path());
  ASSERT_TRUE(bundle.ok()) << bundle.status().message();
  http::Router router;
  http::AddAssetRoute(router, bundle->script);
  http::AddAssetRoute(router, bundle->style);

  http::Response script = Get(router, "/app/assets/app-3F2A9C1B.js", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(script.status, http::StatusCode::ok);
  EXPECT_EQ(script.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(HeaderOf(script, "Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(HeaderOf(script, "Content-Encoding"), "gzip");
  EXPECT_EQ(http::test::Gunzip(std::string(script.body())), BundleDir::Script());

  http::Response style = Get(router, "/app/assets/app-7D4E0A55.css");
  EXPECT_EQ(style.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(HeaderOf(style, "Cache-Control"), "public, max-age=31536000, immutable");
  http::Response again =
      Get(router, "/app/assets/app-7D4E0A55.css", {{"If-None-Match", HeaderOf(style, "ETag")}});
  EXPECT_EQ(again.status, http::StatusCode::not_modified);
}

TEST(AppBundle, AMissingManifestNamesItAndAsksForABuild) {
  BundleDir dir;
  const std::string error = ErrorOf(dir);
  EXPECT_TRUE(Contains(error, (dir.path() / "manifest.json").string())) << error;
  EXPECT_TRUE(Contains(error, "make build")) << error;

  Result<AppBundle> nowhere = LoadAppBundle("/nonexistent/web/app");
  ASSERT_FALSE(nowhere.ok());
  EXPECT_TRUE(Contains(nowhere.status().message(), "/nonexistent/web/app/manifest.json"));
}

TEST(AppBundle, AManifestThatIsNotAnObjectNamesTheFile) {
  for (std::string text : {"", "{\"script\":", "[\"assets/app-1.js\"]", "null"}) {
    BundleDir dir;
    dir.Write("manifest.json", text);
    EXPECT_TRUE(Contains(ErrorOf(dir), (dir.path() / "manifest.json").string())) << text;
  }
}

TEST(AppBundle, ABadNameInTheManifestNamesTheFileAndTheField) {
  const std::string style = R"("style":"assets/app-1.css")";
  for (std::string script : {R"("script":"../../etc/passwd.js")", R"("script":"/app-1.js")",
                             R"("script":"app-1.js")", R"("script":"assets/app-1.css")",
                             R"("script":"assets/sub/app-1.js")", R"("script":"assets/.js")",
                             R"("script":"assets/a\"><b.js")", R"("script":7)", R"("other":1)"}) {
    BundleDir dir;
    dir.Write("manifest.json", "{" + script + "," + style + "}");
    dir.Write("assets/app-1.js", "x");
    dir.Write("assets/app-1.css", "x");
    const std::string error = ErrorOf(dir);
    EXPECT_TRUE(Contains(error, (dir.path() / "manifest.json").string())) << script;
    EXPECT_TRUE(Contains(error, "\"script\" must name a .js file under assets/")) << error;
  }

  BundleDir dir;
  dir.Write("manifest.json", R"({"script":"assets/app-1.js","style":"assets/app-1.js"})");
  dir.Write("assets/app-1.js", "x");
  EXPECT_TRUE(Contains(ErrorOf(dir), "\"style\" must name a .css file under assets/"));
}

TEST(AppBundle, AMissingOrEmptyFileTheManifestNamesIsAnErrorThatNamesIt) {
  BundleDir dir;
  dir.WriteBundle();
  std::filesystem::remove(dir.path() / "assets/app-7D4E0A55.css");
  std::string error = ErrorOf(dir);
  EXPECT_TRUE(Contains(error, (dir.path() / "assets/app-7D4E0A55.css").string())) << error;
  EXPECT_TRUE(Contains(error, "make build")) << error;

  dir.Write("assets/app-7D4E0A55.css", "#app{}");
  dir.Write("assets/app-3F2A9C1B.js", "");
  error = ErrorOf(dir);
  EXPECT_TRUE(Contains(error, (dir.path() / "assets/app-3F2A9C1B.js").string())) << error;
}

TEST(AppShell, KeepsThePageContractOfEverySitePage) {
  const std::string html = AppShell(AcmeSettings(), TestAppBundle());
  EXPECT_TRUE(html.starts_with("<!doctype html><html lang=\"en\">"));
  EXPECT_TRUE(Contains(html, "<title>Dashboard \u00B7 Waymark</title>"));
  EXPECT_TRUE(Contains(html, "<meta name=\"waymark-policy-version\" content=\"" +
                                 std::to_string(cookies::CurrentPolicy().version) + "\">"));
  EXPECT_TRUE(Contains(html, "<script src=\"/site.js\" defer></script>"));
  const std::string footer = Between(html, "<footer>", "</footer>");
  EXPECT_TRUE(Contains(footer, "Acme &lt;Labs&gt; &amp; &quot;Co&quot;")) << footer;
  EXPECT_TRUE(Contains(footer, "<a href=\"/cookie-policy#cookie-settings\" data-cookie-settings>"));
  EXPECT_FALSE(Contains(html, "<header>")) << "the dashboard's own top bar takes its place";
  EXPECT_FALSE(Contains(html, "<main")) << "the dashboard draws its own, past its sidebar";
}

TEST(AppShell, LoadsTheBundleFromHeadAfterTheSiteStyle) {
  const std::string html = AppShell(SiteSettings{}, TestAppBundle());
  const std::string head = Between(html, "<head>", "</head>");
  const std::string tags =
      "<link rel=\"stylesheet\" href=\"/app/assets/app-TEST1234.css\">\n"
      "<script type=\"module\" src=\"/app/assets/app-TEST1234.js\"></script>\n";
  // After the site's inline style, so that the dashboard's own rules win where both apply.
  EXPECT_TRUE(Contains(head, "</style>" + tags + "</head>")) << head;
}

TEST(AppShell, GivesTheAppTheWholeWidthAndAPlaceToRender) {
  const std::string html = AppShell(SiteSettings{}, TestAppBundle());
  EXPECT_TRUE(Contains(html, "</head>\n<body class=\"app\"><a class=\"skip\" href=\"#main\">"));
  EXPECT_TRUE(Contains(html,
                       "Skip to content</a>\n<div id=\"app\"></div>\n"
                       "<noscript><p>The dashboard needs JavaScript, which is turned off in this "
                       "browser.</p></noscript>\n<footer>"));
}

TEST(AppShell, RunsNoInlineScriptSoTheStrictPolicyHolds) {
  const std::string html = AppShell(AcmeSettings(), TestAppBundle());
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos;
       at = html.find("<script", at + 1)) {
    ++scripts;
    const std::string tag = html.substr(at, html.find('>', at) - at);
    EXPECT_TRUE(Contains(tag, " src=\"/")) << tag;
    EXPECT_EQ(html.compare(html.find('>', at) + 1, 9, "</script>"), 0) << "empty: " << tag;
  }
  EXPECT_EQ(scripts, 2u) << "site.js and the dashboard";
}

}  // namespace
}  // namespace waymark::site
