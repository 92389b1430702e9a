// "Is the widget installed?" through a real server: a project answers sdkSeenAt and
// sdkSeenOrigin null until the widget boots from a page of one of its allowed origins, then
// the time and origin of that boot. Refused boots mark nothing, and another tenant sees
// nothing of it.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

constexpr std::string_view kSite = "https://app.seen.test";

class SdkSeen : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--auth-open-signup", "true"});
    a_ = new Team(BuildTeam(*server_, "sa"));
    b_ = new Team(BuildTeam(*server_, "sb"));
  }
  static void TearDownTestSuite() {
    delete a_;
    delete b_;
    delete server_;
  }

  static std::string PathOf(const Team& team) { return "/api/v1/projects/" + team.project; }

  // POST /v1/widget/boot as the SDK sends it from a page of `origin`.
  static unsigned Boot(const std::string& key, std::string_view origin) {
    boost::json::object body{{"projectId", key}, {"anonymousId", "visitor-1"}};
    auto reply = server_->Client().Send(
        Verb::post, "/v1/widget/boot", boost::json::serialize(body),
        {{"Origin", std::string(origin)}, {"Content-Type", "text/plain;charset=UTF-8"}});
    return reply.ok() ? reply->status : 0;
  }

  static ServerProcess* server_;
  static Team* a_;
  static Team* b_;
};

ServerProcess* SdkSeen::server_ = nullptr;
Team* SdkSeen::a_ = nullptr;
Team* SdkSeen::b_ = nullptr;

TEST_F(SdkSeen, AProjectIsSeenOnceTheWidgetBootsFromAnAllowedOrigin) {
  ApiClient& owner = a_->Member("owner");
  ApiReply fresh = owner.Get(PathOf(*a_));
  ASSERT_EQ(fresh.status, 200u) << fresh.raw.body;
  EXPECT_TRUE(fresh.json.at("sdkSeenAt").is_null());
  EXPECT_TRUE(fresh.json.at("sdkSeenOrigin").is_null());
  const std::string key = fresh.Text("publicKey");

  // No origin is allowed yet: the widget is refused, and nothing is marked.
  EXPECT_EQ(Boot(key, kSite), 403u);
  ApiReply patched =
      owner.Call(Verb::patch, PathOf(*a_), R"({"allowedOrigins": ["https://app.seen.test"]})");
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(Boot("wm_pk_" + std::string(32, 'x'), kSite), 404u);
  EXPECT_EQ(Boot(key, "https://elsewhere.test"), 403u);
  ApiReply refused = owner.Get(PathOf(*a_));
  EXPECT_TRUE(refused.json.at("sdkSeenAt").is_null()) << refused.raw.body;

  // The first boot is written at once: no waiting for the once-a-minute rule.
  const std::int64_t before = UnixNow();
  ASSERT_EQ(Boot(key, kSite), 200u);
  ApiReply seen = owner.Get(PathOf(*a_));
  ASSERT_TRUE(seen.json.at("sdkSeenAt").is_string()) << seen.raw.body;
  const auto at = ParseIso8601(seen.Text("sdkSeenAt"));
  ASSERT_TRUE(at.has_value()) << seen.Text("sdkSeenAt");
  EXPECT_GE(*at, before);
  EXPECT_LE(*at, UnixNow());
  EXPECT_EQ(seen.Text("sdkSeenOrigin"), kSite);

  // A viewer sees it too, in the list as in the project.
  ApiReply listed = a_->Member("viewer").Get("/api/v1/projects");
  ASSERT_EQ(listed.status, 200u);
  EXPECT_EQ(listed.json.at("items").at(0).at("sdkSeenOrigin").as_string(), kSite);
}

TEST_F(SdkSeen, AnotherTenantSeesNothingOfIt) {
  ApiClient& owner = a_->Member("owner");
  ASSERT_EQ(owner.Call(Verb::patch, PathOf(*a_), R"({"allowedOrigins": ["https://app.seen.test"]})")
                .status,
            200u);
  ASSERT_EQ(Boot(owner.Get(PathOf(*a_)).Text("publicKey"), kSite), 200u);
  ASSERT_EQ(owner.Get(PathOf(*a_)).Text("sdkSeenOrigin"), kSite);
  // B's widget, from the same page, is refused: B allows no origin.
  EXPECT_EQ(Boot(b_->Member("owner").Get(PathOf(*b_)).Text("publicKey"), kSite), 403u);

  ApiClient& other = b_->Member("owner");
  EXPECT_EQ(other.Get(PathOf(*a_)).status, 404u);
  ApiReply list = other.Get("/api/v1/projects");
  ASSERT_EQ(list.status, 200u);
  ASSERT_EQ(list.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(list.json.at("items").at(0).at("id").as_string(), b_->project);
  EXPECT_TRUE(list.json.at("items").at(0).at("sdkSeenAt").is_null());
  EXPECT_TRUE(other.Get(PathOf(*b_)).json.at("sdkSeenOrigin").is_null());
}

}  // namespace
}  // namespace waymark::testing
