#include "http/static_assets.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <regex>

#include "http/test_decompression.hpp"
#include "http/test_request.hpp"

namespace waymark::http {
namespace {

using test::HeaderOf;
using test::TestRequest;

// A fresh directory for one test, removed with everything in it afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("waymark-assets-" + std::to_string(::getpid()) + "-" + test->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }

  void Write(const std::string& relative, const std::string& content) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// About 9 KB of JavaScript, repetitive as real bundles are.
std::string LargeScript() {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "export const value" + std::to_string(i) + " = compute(" + std::to_string(i) +
            ", 'label-" + std::to_string(i) + "');\n";
  }
  return text;
}

// Bytes no encoder can shrink.
std::string Incompressible(std::size_t size) {
  std::string bytes(size, '\0');
  std::uint32_t state = 12345;
  for (char& c : bytes) {
    state = state * 1664525u + 1013904223u;
    c = static_cast<char>(state >> 24);
  }
  return bytes;
}

const Asset* Find(const StaticAssets& assets, std::string_view url_path) {
  for (const Asset& asset : assets.assets()) {
    if (asset.url_path == url_path) return &asset;
  }
  return nullptr;
}

// An asset as Load would make it, with every encoding present.
Asset Compressed() {
  Asset asset;
  asset.url_path = "/app/index-3f2a9c1b.js";
  asset.content_type = "text/javascript; charset=utf-8";
  asset.identity = "identity bytes";
  asset.gzip = "gzip bytes";
  asset.brotli = "brotli bytes";
  asset.etag = "W/\"0123456789abcdef0123456789abcdef\"";
  asset.cache_control = "public, max-age=31536000, immutable";
  return asset;
}

TEST(IsImmutablePath, FilesUnderAnAssetsFolderAreImmutable) {
  EXPECT_TRUE(IsImmutablePath("/assets/index-BRqWJvCq.js"));
  EXPECT_TRUE(IsImmutablePath("/app/assets/index-D_Gc6Z-1.js"));
  EXPECT_TRUE(IsImmutablePath("/app/assets/fonts/inter-latin.woff2"));
}

TEST(IsImmutablePath, EverythingElseIsRevalidated) {
  EXPECT_FALSE(IsImmutablePath("/index.html"));
  EXPECT_FALSE(IsImmutablePath("/app/index.html"));
  EXPECT_FALSE(IsImmutablePath("/site-settings.css")) << "edited in place, same name";
  EXPECT_FALSE(IsImmutablePath("/photo-20240115.jpg"));
  EXPECT_FALSE(IsImmutablePath("/assets.json"));
  EXPECT_FALSE(IsImmutablePath("/myassets/x.js"));
}

TEST(ChooseEncoding, BrotliIsPreferredThenGzip) {
  Asset asset = Compressed();

  EXPECT_EQ(ChooseEncoding("gzip, deflate, br", asset), "br");
  EXPECT_EQ(ChooseEncoding("br", asset), "br");
  EXPECT_EQ(ChooseEncoding("gzip, deflate", asset), "gzip");
  EXPECT_EQ(ChooseEncoding(" gzip ; q=0.8 ,deflate", asset), "gzip");
  EXPECT_EQ(ChooseEncoding("br;q=0.5", asset), "br") << "a low but non-zero q still accepts";
}

TEST(ChooseEncoding, QZeroRefusesAnEncoding) {
  Asset asset = Compressed();

  EXPECT_EQ(ChooseEncoding("br;q=0, gzip", asset), "gzip");
  EXPECT_EQ(ChooseEncoding("br;q=0.0, gzip;q=0.000", asset), "");
  EXPECT_EQ(ChooseEncoding("gzip;q=0", asset), "");
}

TEST(ChooseEncoding, IdentityWhenNothingUsableIsOffered) {
  Asset asset = Compressed();
  Asset plain = Compressed();
  plain.gzip.clear();
  plain.brotli.clear();
  Asset gzip_only = Compressed();
  gzip_only.brotli.clear();

  EXPECT_EQ(ChooseEncoding("", asset), "");
  EXPECT_EQ(ChooseEncoding("identity", asset), "");
  EXPECT_EQ(ChooseEncoding("deflate, x-gzip, brotli", asset), "") << "names match exactly";
  EXPECT_EQ(ChooseEncoding("gzip, br", plain), "") << "the asset has no compressed forms";
  EXPECT_EQ(ChooseEncoding("gzip, br", gzip_only), "gzip");
}

TEST(ServeAsset, SendsTheBestEncodingWithVary) {
  Asset asset = Compressed();
  TestRequest br(Verb::get, asset.url_path, {{"Accept-Encoding", "gzip, br"}});
  TestRequest gzip(Verb::get, asset.url_path, {{"Accept-Encoding", "gzip"}});
  TestRequest plain(Verb::get, asset.url_path);

  Response br_response = ServeAsset(asset, br.request);
  Response gzip_response = ServeAsset(asset, gzip.request);
  Response plain_response = ServeAsset(asset, plain.request);

  EXPECT_EQ(br_response.status, StatusCode::ok);
  EXPECT_EQ(br_response.body(), "brotli bytes");
  EXPECT_EQ(HeaderOf(br_response, "Content-Encoding"), "br");
  EXPECT_EQ(gzip_response.body(), "gzip bytes");
  EXPECT_EQ(HeaderOf(gzip_response, "Content-Encoding"), "gzip");
  EXPECT_EQ(plain_response.body(), "identity bytes");
  EXPECT_EQ(HeaderOf(plain_response, "Content-Encoding"), "");
  for (const Response* response : {&br_response, &gzip_response, &plain_response}) {
    EXPECT_EQ(response->content_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(HeaderOf(*response, "Vary"), "Accept-Encoding");
    EXPECT_EQ(HeaderOf(*response, "ETag"), asset.etag);
    EXPECT_EQ(HeaderOf(*response, "Cache-Control"), "public, max-age=31536000, immutable");
  }
}

TEST(ServeAsset, MatchingIfNoneMatchIsNotModified) {
  Asset asset = Compressed();
  TestRequest exact(Verb::get, asset.url_path, {{"If-None-Match", asset.etag}});
  TestRequest in_list(Verb::get, asset.url_path, {{"If-None-Match", "W/\"older\", " + asset.etag}});
  TestRequest star(Verb::get, asset.url_path, {{"If-None-Match", "*"}});

  for (TestRequest* request : {&exact, &in_list, &star}) {
    Response response = ServeAsset(asset, request->request);
    EXPECT_EQ(response.status, StatusCode::not_modified) << request->message["If-None-Match"];
    EXPECT_EQ(response.body(), "");
    EXPECT_EQ(response.content_type, "");
    EXPECT_EQ(HeaderOf(response, "ETag"), asset.etag) << "a 304 names the version it confirms";
    EXPECT_EQ(HeaderOf(response, "Cache-Control"), asset.cache_control);
  }
}

TEST(ServeAsset, StaleIfNoneMatchGetsTheFullAsset) {
  Asset asset = Compressed();
  TestRequest stale(Verb::get, asset.url_path, {{"If-None-Match", "W/\"older\""}});

  Response response = ServeAsset(asset, stale.request);

  EXPECT_EQ(response.status, StatusCode::ok);
  EXPECT_EQ(response.body(), "identity bytes");
}

TEST(StaticAssets, MissingDirectoryIsAnEmptySet) {
  Result<StaticAssets> assets = StaticAssets::Load("/nonexistent/waymark/static");

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  EXPECT_TRUE(assets->assets().empty());
}

TEST(StaticAssets, LoadsNestedFilesWithUrlPathsAndTypes) {
  TempDir dir;
  dir.Write("index.html", "<!doctype html><title>Waymark</title>");
  dir.Write("app/index-3f2a9c1b.js", LargeScript());
  dir.Write("app/styles/site.css", "body { margin: 0 }");
  dir.Write("images/logo.png", Incompressible(2000));
  dir.Write("data/export.bin", "raw");

  Result<StaticAssets> assets = StaticAssets::Load(dir.path());

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  std::vector<std::string> urls;
  for (const Asset& asset : assets->assets()) urls.push_back(asset.url_path);
  EXPECT_EQ(urls,
            (std::vector<std::string>{"/app/index-3f2a9c1b.js", "/app/styles/site.css",
                                      "/data/export.bin", "/images/logo.png", "/index.html"}));
  EXPECT_EQ(Find(*assets, "/index.html")->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Find(*assets, "/app/index-3f2a9c1b.js")->content_type,
            "text/javascript; charset=utf-8");
  EXPECT_EQ(Find(*assets, "/app/styles/site.css")->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(Find(*assets, "/images/logo.png")->content_type, "image/png");
  EXPECT_EQ(Find(*assets, "/data/export.bin")->content_type, "application/octet-stream");
  EXPECT_EQ(Find(*assets, "/images/logo.png")->identity, Incompressible(2000));
}

TEST(StaticAssets, BundledAssetsAreImmutableAndOthersRevalidate) {
  TempDir dir;
  dir.Write("index.html", "<!doctype html>");
  dir.Write("app/assets/index-3f2a9c1b.js", "console.log(1)");

  Result<StaticAssets> assets = StaticAssets::Load(dir.path());

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  EXPECT_EQ(Find(*assets, "/app/assets/index-3f2a9c1b.js")->cache_control,
            "public, max-age=31536000, immutable");
  EXPECT_EQ(Find(*assets, "/index.html")->cache_control, "no-cache");
}

TEST(StaticAssets, EtagIsWeakAndFollowsTheContent) {
  TempDir dir;
  dir.Write("a.txt", "same bytes");
  dir.Write("b.txt", "same bytes");
  dir.Write("c.txt", "other bytes");

  Result<StaticAssets> assets = StaticAssets::Load(dir.path());

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  const std::string& etag = Find(*assets, "/a.txt")->etag;
  EXPECT_TRUE(std::regex_match(etag, std::regex(R"(W/"[0-9a-f]{64}")"))) << etag;
  EXPECT_EQ(Find(*assets, "/b.txt")->etag, etag);
  EXPECT_NE(Find(*assets, "/c.txt")->etag, etag);
}

TEST(StaticAssets, LargeTextIsPrecompressedAndDecodesToTheOriginal) {
  TempDir dir;
  std::string script = LargeScript();
  dir.Write("app/index-3f2a9c1b.js", script);

  Result<StaticAssets> assets = StaticAssets::Load(dir.path());

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  const Asset& asset = assets->assets().at(0);
  EXPECT_EQ(asset.identity, script);
  ASSERT_FALSE(asset.gzip.empty());
  ASSERT_FALSE(asset.brotli.empty());
  EXPECT_LT(asset.gzip.size(), script.size() / 2);
  EXPECT_LT(asset.brotli.size(), script.size() / 2);
  EXPECT_EQ(test::Gunzip(asset.gzip), script);
  EXPECT_EQ(test::Unbrotli(asset.brotli), script);
}

TEST(StaticAssets, CompressionIsKeptOnlyWhereItPays) {
  TempDir dir;
  dir.Write("small.css", "body { margin: 0 }");    // under 256 bytes
  dir.Write("noise.txt", Incompressible(4000));    // text type, random bytes
  dir.Write("photo.png", std::string(4000, 'a'));  // not a compressible type
  dir.Write("config.json", "{\"padding\": \"" + std::string(1000, ' ') + "\"}");  // compressible

  Result<StaticAssets> assets = StaticAssets::Load(dir.path());

  ASSERT_TRUE(assets.ok()) << assets.status().message();
  for (const char* url : {"/small.css", "/noise.txt", "/photo.png"}) {
    EXPECT_EQ(Find(*assets, url)->gzip, "") << url;
    EXPECT_EQ(Find(*assets, url)->brotli, "") << url;
  }
  EXPECT_NE(Find(*assets, "/config.json")->gzip, "");
  EXPECT_NE(Find(*assets, "/config.json")->brotli, "");
}

TEST(StaticAssets, AddRoutesServesEachAssetAndIndexAtRoot) {
  TempDir dir;
  dir.Write("index.html", "<!doctype html><title>Home</title>");
  dir.Write("docs/index.html", "<!doctype html><title>Docs</title>");
  dir.Write("app/index-3f2a9c1b.js", "console.log(1)");
  Result<StaticAssets> assets = StaticAssets::Load(dir.path());
  ASSERT_TRUE(assets.ok()) << assets.status().message();
  Router router;

  assets->AddRoutes(router);

  std::vector<std::string> patterns;
  for (const Route& route : router.routes()) {
    EXPECT_EQ(route.method, Verb::get) << route.pattern;
    patterns.push_back(route.pattern);
  }
  EXPECT_EQ(patterns, (std::vector<std::string>{"/app/index-3f2a9c1b.js", "/docs/index.html", "/",
                                                "/index.html"}))
      << "only the top-level index.html answers for a directory";

  TestRequest root(Verb::get, "/");
  Match match = router.Find(Verb::get, root.request.path, false, root.request.params);
  ASSERT_NE(match.route, nullptr);
  Response response = test::Await(match.route->handler(root.request));
  EXPECT_EQ(response.status, StatusCode::ok);
  EXPECT_EQ(response.body(), "<!doctype html><title>Home</title>");
  EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
}

}  // namespace
}  // namespace waymark::http
