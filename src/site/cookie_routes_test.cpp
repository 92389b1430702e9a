#include "site/cookie_routes.hpp"

#include "access/test_api.hpp"

namespace waymark::site {
namespace {

using access::testkit::Reply;

class CookieRoutes : public access::testkit::ApiTest {
 protected:
  CookieRoutes() { AddCookieRoutes(*api_, cookies::CookieNames("_ACME_")); }
};

TEST_F(CookieRoutes, AnyoneGetsTheRegistryAsAJsonArray) {
  Reply reply = Call(http::Verb::get, "/api/v1/cookies");
  ASSERT_EQ(reply.status(), 200) << reply.response.body();
  EXPECT_EQ(reply.response.content_type, "application/json");
  ASSERT_TRUE(reply.json.is_array());
  const auto& registry = reply.json.as_array();
  ASSERT_EQ(registry.size(), cookies::AllCookies().size());
  EXPECT_EQ(registry[0].at("name"), "_ACME_TOKEN");
  EXPECT_EQ(registry[0].at("category"), "strictly-necessary");
  EXPECT_EQ(registry[0].at("party"), "first-party");
}

TEST_F(CookieRoutes, IsCacheableAndRevalidatedByETag) {
  Reply first = Call(http::Verb::get, "/api/v1/cookies");
  EXPECT_EQ(first.Header("Cache-Control"), "public, max-age=300");
  const std::string etag = first.Header("ETag");
  ASSERT_FALSE(etag.empty());

  Reply again = Call(http::Verb::get, "/api/v1/cookies", "", nullptr, {{"If-None-Match", etag}});
  EXPECT_EQ(again.status(), 304);
  EXPECT_EQ(again.response.body(), "");
}

TEST_F(CookieRoutes, IsDeclaredPublic) {
  ASSERT_EQ(api_->declared().size(), 1u);
  EXPECT_EQ(api_->declared()[0].pattern, "/api/v1/cookies");
  EXPECT_EQ(api_->declared()[0].method, http::Verb::get);
  EXPECT_EQ(api_->declared()[0].access.scope, access::Scope::kPublic);
}

}  // namespace
}  // namespace waymark::site
