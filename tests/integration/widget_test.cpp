// The widget's server side through a real server: the script it serves, the browser
// rules it answers to (CORS), and bodies too large to read.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "http/test_decompression.hpp"
#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

constexpr std::string_view kSite = "https://app.widget.test";

class WidgetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess();
    team_ = new Team(BuildTeam(*server_, "w"));
    ApiClient& owner = team_->Member("owner");
    const std::string path = "/api/v1/projects/" + team_->project;
    ApiReply patched =
        owner.Call(Verb::patch, path, R"({"allowedOrigins": ["https://app.widget.test"]})");
    EXPECT_EQ(patched.status, 200u) << patched.raw.body;
    key_ = new std::string(owner.Get(path).Text("publicKey"));
  }
  static void TearDownTestSuite() {
    delete key_;
    delete team_;
    delete server_;
  }

  static ServerProcess* server_;
  static Team* team_;
  static std::string* key_;
};

ServerProcess* WidgetTest::server_ = nullptr;
Team* WidgetTest::team_ = nullptr;
std::string* WidgetTest::key_ = nullptr;

TEST_F(WidgetTest, TheScriptCarriesTheCookieRegistryAndComesCompressed) {
  auto plain = server_->Client().Get("/sdk.js");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->status, 200u);
  EXPECT_EQ(plain->Header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(plain->body.find("__WAYMARK_REGISTRY__"), std::string::npos);
  EXPECT_NE(plain->body.find(R"(\"boostedViewed\":{\"name\":\"_JIMO_BOOSTED_VIEWED\")"),
            std::string::npos);
  auto packed = server_->Client().Get("/sdk.js", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(packed.ok());
  EXPECT_EQ(packed->Header("Content-Encoding"), "gzip");
  EXPECT_LT(packed->body.size(), 15u * 1024) << "the 15 KB budget";
  EXPECT_EQ(http::test::Gunzip(packed->body).value_or(""), plain->body);
}

TEST_F(WidgetTest, PreflightsAnswerOnlyTheProjectsOrigins) {
  const std::string target = "/v1/widget/feed?projectId=" + *key_;
  // The boot loads the project's snapshot, which preflights read without waiting.
  boost::json::object boot{{"projectId", *key_}, {"anonymousId", "a"}};
  auto booted = server_->Client().Send(
      Verb::post, "/v1/widget/boot", boost::json::serialize(boot),
      {{"Origin", std::string(kSite)}, {"Content-Type", "text/plain;charset=UTF-8"}});
  ASSERT_TRUE(booted.ok());
  ASSERT_EQ(booted->status, 200u) << booted->body;
  EXPECT_EQ(booted->Header("Access-Control-Allow-Origin"), kSite);

  auto preflight = [&](std::string origin) {
    return server_->Client().Send(Verb::options, target, {},
                                  {{"Origin", origin},
                                   {"Access-Control-Request-Method", "GET"},
                                   {"Access-Control-Request-Headers", "authorization"}});
  };
  auto allowed = preflight(std::string(kSite));
  ASSERT_TRUE(allowed.ok());
  EXPECT_EQ(allowed->Header("Access-Control-Allow-Origin"), kSite);
  EXPECT_EQ(allowed->Header("Access-Control-Allow-Headers"), "authorization");
  auto refused = preflight("https://evil.test");
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->Header("Access-Control-Allow-Origin"), "");
}

TEST_F(WidgetTest, AMegabyteOfAttributesIs413AndTheServerGoesOn) {
  std::string attributes = R"({"projectId": ")" + *key_ +
                           R"(", "user": {"id": "u", "attributes": {"blob": ")" +
                           std::string(1 << 20, 'x') + R"("}}})";
  auto reply = server_->Client().Send(
      Verb::post, "/v1/widget/boot", attributes,
      {{"Origin", std::string(kSite)}, {"Content-Type", "text/plain;charset=UTF-8"}});
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 413u);
  EXPECT_EQ(reply->Header("Content-Type"), "application/problem+json");
  EXPECT_EQ(server_->Client().Get("/healthz")->status, 200u);
}

}  // namespace
}  // namespace waymark::testing
