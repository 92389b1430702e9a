// Webhooks through a real server: a receiver on this machine gets what happens in the
// project, signed, retried with backoff when it fails, and the delivery log tells the story.
// The backoff's base is 50 ms here, so the retries of a minute take a fraction of a second.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <cstdlib>
#include <thread>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/time_format.hpp"
#include "scene.hpp"
#include "webhooks/test_receiver.hpp"

namespace waymark::testing {
namespace {

using webhooks::testkit::Answer;
using webhooks::testkit::Received;
using webhooks::testkit::TestReceiver;

class WebhooksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // The receivers listen on 127.0.0.1, which webhooks go to only when allowed.
    server_ = new ServerProcess(
        {"--webhooks-retry-base-ms", "50", "--webhooks-allow-private-networks", "true"});
    team_ = new Team(BuildTeam(*server_, "w"));
  }
  static void TearDownTestSuite() {
    delete team_;
    delete server_;
  }

  static std::string Path(const std::string& rest) {
    return "/api/v1/projects/" + team_->project + rest;
  }
  static ApiClient& Admin() { return team_->Member("admin"); }

  // A webhook of the project for `events` to `url`; answers its id and secret.
  static std::pair<std::string, std::string> AddWebhook(const std::string& url,
                                                        boost::json::array events) {
    ApiReply created = Admin().Post(Path("/webhooks"), {{"url", url}, {"events", events}});
    EXPECT_EQ(created.status, 201u) << created.raw.body;
    return {IdOf(created), created.Text("secret")};
  }

  // The newest delivery of the webhook, once its status is `status` (or after 10 s).
  static boost::json::value AwaitDelivery(const std::string& webhook, const std::string& status) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    boost::json::value newest;
    while (std::chrono::steady_clock::now() < deadline) {
      ApiReply log = Admin().Get(Path("/webhooks/" + webhook + "/deliveries"));
      EXPECT_EQ(log.status, 200u) << log.raw.body;
      const auto* items =
          log.json.is_object() ? log.json.as_object().if_contains("items") : nullptr;
      if (items != nullptr && !items->as_array().empty()) {
        newest = items->as_array().at(0);
        if (newest.at("status") == status.c_str()) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return newest;
  }

  // Checks the Waymark-Signature of `request` as a receiver would, with `secret`.
  static void ExpectSignedWith(const Received& request, const std::string& secret) {
    const std::string header = request.headers.at("waymark-signature");
    ASSERT_TRUE(header.starts_with("t=")) << header;
    const std::size_t comma = header.find(",v1=");
    ASSERT_NE(comma, std::string::npos) << header;
    const std::string t = header.substr(2, comma - 2);
    EXPECT_LT(std::abs(std::stoll(t) - UnixNow()), 300) << "outside a 5-minute tolerance";
    EXPECT_EQ(header.substr(comma + 4), crypto::HmacSha256Hex(secret, t + "." + request.body));
  }

  static ServerProcess* server_;
  static Team* team_;
};

ServerProcess* WebhooksTest::server_ = nullptr;
Team* WebhooksTest::team_ = nullptr;

TEST_F(WebhooksTest, APublishedPostReachesTheReceiverSigned) {
  TestReceiver receiver({Answer{.status = 200, .body = "thanks"}});
  const auto [webhook, secret] = AddWebhook(receiver.Url("/in?source=waymark"), {"post.published"});
  ASSERT_TRUE(secret.starts_with("wm_whsec_")) << secret;

  ApiClient& editor = team_->Member("editor");
  ApiReply post = editor.Post(Path("/posts"), {{"title", "Dark mode"}});
  ASSERT_EQ(post.status, 201u) << post.raw.body;
  EXPECT_TRUE(receiver.WaitFor(1, std::chrono::milliseconds(300)).empty());  // a draft: nothing
  ASSERT_EQ(editor.Call(http::Verb::post, Path("/posts/" + IdOf(post) + "/publish")).status, 200u);

  auto received = receiver.WaitFor(1, std::chrono::seconds(10));
  ASSERT_EQ(received.size(), 1u);
  const Received& request = received[0];
  EXPECT_EQ(request.target, "/in?source=waymark");
  EXPECT_EQ(request.headers.at("content-type"), "application/json");
  EXPECT_TRUE(request.headers.at("user-agent").starts_with("Waymark-Webhooks"));
  EXPECT_EQ(request.headers.at("waymark-webhook-id"), webhook);
  ExpectSignedWith(request, secret);
  boost::json::value body = boost::json::parse(request.body);
  EXPECT_EQ(body.at("type"), "post.published");
  EXPECT_EQ(body.at("id"), request.headers.at("waymark-delivery-id").c_str());
  EXPECT_EQ(body.at("projectId"), team_->project.c_str());
  EXPECT_EQ(body.at("data").at("postId"), IdOf(post).c_str());
  EXPECT_EQ(body.at("data").at("title"), "Dark mode");
  EXPECT_EQ(body.at("data").at("slug"), "dark-mode");

  boost::json::value delivery = AwaitDelivery(webhook, "succeeded");
  EXPECT_EQ(delivery.at("status"), "succeeded");
  EXPECT_EQ(delivery.at("attempts"), 1);
  EXPECT_EQ(delivery.at("lastStatus"), 200);
  EXPECT_EQ(delivery.at("lastResponse"), "thanks");
  EXPECT_EQ(delivery.at("payload"), body);
  ASSERT_EQ(Admin().Call(http::Verb::delete_, Path("/webhooks/" + webhook)).status, 204u);
}

TEST_F(WebhooksTest, AFailingReceiverIsTriedAgainUntilItAccepts) {
  TestReceiver receiver(
      {Answer{.status = 500, .body = "oops"}, Answer{.status = 500}, Answer{.status = 200}});
  const auto [webhook, secret] = AddWebhook(receiver.Url(), {"interaction.completed"});
  ApiReply ping = Admin().Post(Path("/webhooks/" + webhook + "/test"), boost::json::object{});
  ASSERT_EQ(ping.status, 202u) << ping.raw.body;

  auto received = receiver.WaitFor(3, std::chrono::seconds(10));
  ASSERT_EQ(received.size(), 3u);
  for (const Received& request : received) {
    EXPECT_EQ(request.headers.at("waymark-delivery-id"), ping.Text("deliveryId"));
    EXPECT_EQ(request.body, received[0].body);
    ExpectSignedWith(request, secret);
  }
  boost::json::value delivery = AwaitDelivery(webhook, "succeeded");
  EXPECT_EQ(delivery.at("status"), "succeeded");
  EXPECT_EQ(delivery.at("event"), "ping");
  EXPECT_EQ(delivery.at("attempts"), 3);
  EXPECT_EQ(delivery.at("lastStatus"), 200);
  EXPECT_TRUE(delivery.at("lastError").is_null());
  ASSERT_EQ(Admin().Call(http::Verb::delete_, Path("/webhooks/" + webhook)).status, 204u);
}

TEST_F(WebhooksTest, AScheduledPostIsAnnouncedWhenItGoesLive) {
  TestReceiver receiver;
  const auto [webhook, secret] = AddWebhook(receiver.Url(), {"post.published"});
  const std::int64_t at = UnixNow() + 2;
  ApiReply post = team_->Member("editor").Post(
      Path("/posts"), {{"title", "Later"}, {"status", "scheduled"}, {"publishAt", Iso8601(at)}});
  ASSERT_EQ(post.status, 201u) << post.raw.body;

  auto received = receiver.WaitFor(1, std::chrono::seconds(10));
  ASSERT_EQ(received.size(), 1u);
  EXPECT_GE(UnixNow(), at);
  boost::json::value body = boost::json::parse(received[0].body);
  EXPECT_EQ(body.at("data").at("postId"), IdOf(post).c_str());
  EXPECT_EQ(body.at("data").at("publishedAt"), Iso8601(at).c_str());
  ExpectSignedWith(received[0], secret);
  ASSERT_EQ(Admin().Call(http::Verb::delete_, Path("/webhooks/" + webhook)).status, 204u);
}

TEST_F(WebhooksTest, ARotatedSecretSignsFromThenOn) {
  TestReceiver receiver;
  const auto [webhook, old_secret] = AddWebhook(receiver.Url(), {"post.published"});
  ApiReply rotated =
      Admin().Post(Path("/webhooks/" + webhook + "/rotate-secret"), boost::json::object{});
  ASSERT_EQ(rotated.status, 200u) << rotated.raw.body;
  const std::string secret = rotated.Text("secret");
  EXPECT_NE(secret, old_secret);
  EXPECT_EQ(Admin().Get(Path("/webhooks/" + webhook + "/secret")).Text("secret"), secret);
  ASSERT_EQ(Admin().Post(Path("/webhooks/" + webhook + "/test"), boost::json::object{}).status,
            202u);
  auto received = receiver.WaitFor(1, std::chrono::seconds(10));
  ASSERT_EQ(received.size(), 1u);
  ExpectSignedWith(received[0], secret);
  ASSERT_EQ(Admin().Call(http::Verb::delete_, Path("/webhooks/" + webhook)).status, 204u);
}

TEST_F(WebhooksTest, ABadUrlOrEventIsRefusedByName) {
  ApiReply url = Admin().Post(Path("/webhooks"),
                              {{"url", "file:///etc/passwd"}, {"events", {"post.published"}}});
  EXPECT_EQ(url.status, 400u);
  EXPECT_EQ(url.ErrorField(), "url");
  ApiReply events = Admin().Post(Path("/webhooks"),
                                 {{"url", "https://example.com/in"}, {"events", {"post.deleted"}}});
  EXPECT_EQ(events.status, 400u);
  EXPECT_EQ(events.ErrorField(), "events");
  EXPECT_EQ(url.raw.Header("Content-Type"), "application/problem+json");
}

// A server as shipped: webhooks go to public addresses only, so none of this machine's.
class PublicOnlyWebhooksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--webhooks-retry-base-ms", "50"});
    team_ = new Team(BuildTeam(*server_, "p"));
  }
  static void TearDownTestSuite() {
    delete team_;
    delete server_;
  }
  static std::string Path(const std::string& rest) {
    return "/api/v1/projects/" + team_->project + rest;
  }

  static ServerProcess* server_;
  static Team* team_;
};

ServerProcess* PublicOnlyWebhooksTest::server_ = nullptr;
Team* PublicOnlyWebhooksTest::team_ = nullptr;

TEST_F(PublicOnlyWebhooksTest, AnAddressInsideAPrivateNetworkIsRefusedByName) {
  for (const char* url : {"http://127.0.0.1:5432/", "http://[::1]/x", "http://10.0.0.1/x",
                          "http://169.254.169.254/latest/meta-data/"}) {
    ApiReply refused = team_->Member("admin").Post(Path("/webhooks"),
                                                   {{"url", url}, {"events", {"post.published"}}});
    EXPECT_EQ(refused.status, 400u) << url;
    EXPECT_EQ(refused.ErrorField(), "url") << url;
  }
}

TEST_F(PublicOnlyWebhooksTest, AHostNameThatResolvesToThisMachineGetsNothing) {
  TestReceiver receiver;
  ApiClient& admin = team_->Member("admin");
  ApiReply created = admin.Post(
      Path("/webhooks"), {{"url", "http://localhost:" + std::to_string(receiver.port()) + "/hook"},
                          {"events", {"post.published"}}});
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const std::string webhook = IdOf(created);
  ASSERT_EQ(admin.Post(Path("/webhooks/" + webhook + "/test"), boost::json::object{}).status, 202u);

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  boost::json::value delivery;
  while (std::chrono::steady_clock::now() < deadline) {
    ApiReply log = admin.Get(Path("/webhooks/" + webhook + "/deliveries"));
    delivery = log.json.at("items").as_array().at(0);
    if (delivery.at("status") != "pending") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(delivery.at("status"), "failed");  // at once: trying again would not help
  EXPECT_EQ(delivery.at("attempts"), 1);
  EXPECT_TRUE(delivery.at("lastStatus").is_null());
  const std::string error(delivery.at("lastError").as_string());
  EXPECT_TRUE(error.starts_with("refused: localhost resolves to ")) << error;
  EXPECT_NE(error.find("a loopback address (webhooks.allow_private_networks)"), std::string::npos)
      << error;
  EXPECT_TRUE(receiver.WaitFor(1, std::chrono::milliseconds(300)).empty());
}

}  // namespace
}  // namespace waymark::testing
