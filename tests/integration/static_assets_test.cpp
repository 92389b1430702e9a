// What a browser sees of a page served from memory, as every static asset is: the best
// encoding it accepts, revalidation by ETag, and a page that is never cached without
// asking. The page is the home page, rendered once at start (src/site/).
#include <gtest/gtest.h>

#include "http/test_decompression.hpp"
#include "server_process.hpp"

namespace waymark::testing {
namespace {

// The home page as sent to a client that accepts no compression.
std::string IndexHtml(const ServerProcess& server) {
  auto response = server.Client().Get("/");
  return response.ok() ? response->body : std::string();
}

// The header block of a raw reply, and whatever followed it.
struct RawParts {
  std::string head;
  std::string body;
};

RawParts Split(const std::string& bytes) {
  std::size_t end = bytes.find("\r\n\r\n");
  if (end == std::string::npos) return {bytes, ""};
  return {bytes.substr(0, end + 4), bytes.substr(end + 4)};
}

class StaticAssets : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() { delete server_; }
  static ServerProcess* server_;

  void SetUp() override { ASSERT_GT(index_.size(), 256u) << "too small to be precompressed"; }

  std::string index_ = IndexHtml(*server_);
};
ServerProcess* StaticAssets::server_ = nullptr;

TEST_F(StaticAssets, BrotliForABrowserThatAcceptsIt) {
  auto response = server_->Client().Get("/", {{"Accept-Encoding", "gzip, deflate, br"}});

  ASSERT_TRUE(response.ok()) << response.status().message();
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->Header("Content-Encoding"), "br");
  EXPECT_EQ(response->Header("Vary"), "Accept-Encoding");
  EXPECT_EQ(response->Header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_LT(response->body.size(), index_.size());
  EXPECT_EQ(http::test::Unbrotli(response->body), index_);
}

TEST_F(StaticAssets, GzipForAClientWithoutBrotli) {
  auto response = server_->Client().Get("/", {{"Accept-Encoding", "gzip"}});

  ASSERT_TRUE(response.ok()) << response.status().message();
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->Header("Content-Encoding"), "gzip");
  EXPECT_EQ(response->Header("Vary"), "Accept-Encoding");
  EXPECT_EQ(http::test::Gunzip(response->body), index_);
}

TEST_F(StaticAssets, IdentityWhenNoEncodingIsAccepted) {
  http::Client client = server_->Client();
  auto bare = client.Get("/");
  auto identity = client.Get("/", {{"Accept-Encoding", "identity"}});

  for (auto* response : {&bare, &identity}) {
    ASSERT_TRUE(response->ok()) << response->status().message();
    EXPECT_EQ((*response)->status, 200u);
    EXPECT_EQ((*response)->Header("Content-Encoding"), "");
    EXPECT_EQ((*response)->Header("Content-Length"), std::to_string(index_.size()));
    EXPECT_EQ((*response)->body, index_);
  }
}

TEST_F(StaticAssets, EncodingsShareOneETag) {
  http::Client client = server_->Client();
  auto identity = client.Get("/");
  auto brotli = client.Get("/", {{"Accept-Encoding", "br"}});

  ASSERT_TRUE(identity.ok()) << identity.status().message();
  ASSERT_TRUE(brotli.ok()) << brotli.status().message();
  EXPECT_EQ(brotli->Header("Content-Encoding"), "br");
  EXPECT_FALSE(identity->Header("ETag").empty());
  EXPECT_EQ(brotli->Header("ETag"), identity->Header("ETag"));
}

TEST_F(StaticAssets, PageIsRevalidatedEveryTime) {
  auto response = server_->Client().Get("/");

  ASSERT_TRUE(response.ok()) << response.status().message();
  EXPECT_EQ(response->Header("Cache-Control"), "no-cache");
}

TEST_F(StaticAssets, RevalidationWithTheETagIs304WithoutABody) {
  http::Client client = server_->Client();
  auto first = client.Get("/", {{"Accept-Encoding", "br"}});
  ASSERT_TRUE(first.ok()) << first.status().message();
  std::string etag = first->Header("ETag");
  ASSERT_FALSE(etag.empty());

  auto again = server_->Raw(
      "GET / HTTP/1.1\r\nHost: t\r\nAccept-Encoding: br\r\n"
      "If-None-Match: " +
      etag + "\r\nConnection: close\r\n\r\n");

  ASSERT_TRUE(again.ok()) << again.status().message();
  RawParts parts = Split(again->bytes);
  EXPECT_TRUE(parts.head.starts_with("HTTP/1.1 304 Not Modified\r\n")) << parts.head;
  EXPECT_NE(parts.head.find("\r\nETag: " + etag + "\r\n"), std::string::npos) << parts.head;
  EXPECT_EQ(parts.head.find("Content-Length"), std::string::npos) << parts.head;
  EXPECT_EQ(parts.body, "");
  EXPECT_TRUE(again->closed_by_server);
}

TEST_F(StaticAssets, ChangedETagGetsTheFullPage) {
  auto response = server_->Client().Get("/", {{"If-None-Match", "W/\"stale\""}});

  ASSERT_TRUE(response.ok()) << response.status().message();
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->body, index_);
}

TEST_F(StaticAssets, HeadAnnouncesTheLengthAndSendsNoBody) {
  auto reply = server_->Raw("HEAD / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");

  ASSERT_TRUE(reply.ok()) << reply.status().message();
  RawParts parts = Split(reply->bytes);
  EXPECT_TRUE(parts.head.starts_with("HTTP/1.1 200 OK\r\n")) << parts.head;
  EXPECT_NE(parts.head.find("\r\nContent-Length: " + std::to_string(index_.size()) + "\r\n"),
            std::string::npos)
      << parts.head;
  EXPECT_EQ(parts.body, "");
  EXPECT_TRUE(reply->closed_by_server);
}

}  // namespace
}  // namespace waymark::testing
