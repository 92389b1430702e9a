// Content through a real server: what makers publish reaches the public changelog and its
// feed, safely, and hostile input gets a clear answer without slowing anyone down.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

class ContentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess();
    team_ = new Team(BuildTeam(*server_, "c"));
  }
  static void TearDownTestSuite() {
    delete team_;
    delete server_;
  }

  static std::string Path(const std::string& rest) {
    return "/api/v1/projects/" + team_->project + rest;
  }
  static ApiClient& Editor() { return team_->Member("editor"); }
  static std::string Slug() {
    return team_->Member("owner").Get("/api/v1/projects/" + team_->project).Text("slug");
  }

  static ServerProcess* server_;
  static Team* team_;
};

ServerProcess* ContentTest::server_ = nullptr;
Team* ContentTest::team_ = nullptr;

TEST_F(ContentTest, APublishedPostIsOnTheChangelogAndItsFeedAndNothingInItRuns) {
  ApiReply created = Editor().Post(Path("/posts"),
                                   {{"title", "<script>alert('title')</script> Faster search"},
                                    {"body",
                                     "Search is **3x** faster.\n\n<script>alert(1)</script>\n\n"
                                     "[click](javascript:alert(2)) and https://example.com/docs\n\n"
                                     "| a | b |\n|---|---|\n| 1 | 2 |"},
                                    {"category", "Improvement \"quoted\""},
                                    {"status", "published"}});
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const std::string slug = Slug();

  http::Client browser = server_->Client();
  auto page = browser.Get("/changelog/" + slug);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->status, 200u);
  EXPECT_EQ(page->Header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->Header("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  EXPECT_NE(page->body.find("&lt;script&gt;alert(&#39;title&#39;)"), std::string::npos)
      << page->body;
  EXPECT_EQ(page->body.find("<script"), std::string::npos);
  EXPECT_EQ(page->body.find("javascript:"), std::string::npos);
  EXPECT_NE(page->body.find("<strong>3x</strong>"), std::string::npos);
  EXPECT_NE(page->body.find("<table>"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"https://example.com/docs\""), std::string::npos);

  auto post = browser.Get("/changelog/" + slug + "/" + created.Text("slug"));
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->status, 200u);
  EXPECT_NE(post->body.find("Faster search"), std::string::npos);

  auto feed = browser.Get("/changelog/" + slug + "/feed.xml");
  ASSERT_TRUE(feed.ok());
  EXPECT_EQ(feed->status, 200u);
  EXPECT_EQ(feed->Header("Content-Type"), "application/atom+xml; charset=utf-8");
  EXPECT_NE(feed->body.find("<feed xmlns=\"http://www.w3.org/2005/Atom\""), std::string::npos);
  EXPECT_NE(feed->body.find("Faster search"), std::string::npos);
  EXPECT_EQ(feed->body.find("<script>"), std::string::npos);

  EXPECT_EQ(browser.Get("/changelog/no-such-project")->status, 404u);
  EXPECT_EQ(browser.Get("/changelog/" + slug + "/no-such-post")->status, 404u);
}

TEST_F(ContentTest, UnpublishingTakesThePostOffTheChangelogAtOnce) {
  ApiReply created =
      Editor().Post(Path("/posts"), {{"title", "Short-lived news"}, {"status", "published"}});
  ASSERT_EQ(created.status, 201u);
  http::Client browser = server_->Client();
  EXPECT_NE(browser.Get("/changelog/" + Slug())->body.find("Short-lived news"), std::string::npos);
  EXPECT_EQ(Editor().Call(Verb::post, Path("/posts/" + IdOf(created) + "/unpublish")).status, 200u);
  EXPECT_EQ(browser.Get("/changelog/" + Slug())->body.find("Short-lived news"), std::string::npos);
}

TEST_F(ContentTest, ATenMegabyteBodyIs413BeforeItIsRead) {
  // Announced, not sent: the server must refuse it on the headers alone.
  auto reply =
      server_->Raw("POST " + Path("/posts") + " HTTP/1.1\r\nHost: t\r\nCookie: _JIMO_TOKEN=" +
                   Editor().session() + "\r\nX-CSRF-Token: " + Editor().csrf() +
                   "\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 413 ")) << reply->bytes.substr(0, 200);
  EXPECT_NE(reply->bytes.find("application/problem+json"), std::string::npos);
  EXPECT_EQ(Editor().Get(Path("/posts")).status, 200u) << "the server still answers";
}

TEST_F(ContentTest, ACatastrophicRegexIsHarmlessAndABadOneIsRefused) {
  boost::json::object body{{"format", "modal"}, {"title", "Regex"}};
  body["targeting"] = {{"where", {{"rules", {{{"op", "regex"}, {"value", "^(a+)+$"}}}}}}};
  EXPECT_EQ(Editor().Post(Path("/interactions"), body).status, 201u);
  body["targeting"] = {{"where", {{"rules", {{{"op", "regex"}, {"value", "(a"}}}}}}};
  ApiReply refused = Editor().Post(Path("/interactions"), body);
  EXPECT_EQ(refused.status, 400u);
  EXPECT_EQ(refused.ErrorField(), "targeting.where.rules[0].value");
}

TEST_F(ContentTest, DatesInTheYear30000AreRefused) {
  ApiReply reply = Editor().Post(
      Path("/posts"),
      {{"title", "Far future"}, {"status", "scheduled"}, {"publishAt", "30000-01-01T00:00:00Z"}});
  EXPECT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.ErrorField(), "publishAt");
}

TEST_F(ContentTest, AViewerCannotPublishAndAKeyCan) {
  ApiReply created = Editor().Post(Path("/posts"), {{"title", "Guarded"}});
  ASSERT_EQ(created.status, 201u);
  const std::string publish = Path("/posts/" + IdOf(created) + "/publish");
  EXPECT_EQ(team_->Member("viewer").Call(Verb::post, publish).status, 403u);
  ApiClient script(*server_);
  script.UseBearer(team_->secret_key);
  EXPECT_EQ(script.Call(Verb::post, publish).status, 200u);
}

}  // namespace
}  // namespace waymark::testing
