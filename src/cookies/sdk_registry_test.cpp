#include "cookies/sdk_registry.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::cookies {
namespace {

TEST(SdkRegistry, NamesEveryCookieWithThePrefixItsLifetimeAndBound) {
  boost::json::value registry = boost::json::parse(SdkRegistryJson(CookieNames("_W_")));
  EXPECT_EQ(registry.at("prefix"), "_W_");
  const auto& cookies = registry.at("cookies").as_object();
  std::size_t scripted = 0;
  for (const CookieSpec& spec : AllCookies()) scripted += spec.WrittenBy(Writer::kScript) ? 1 : 0;
  EXPECT_EQ(cookies.size(), scripted);
  EXPECT_FALSE(cookies.contains("consent"));  // the server's alone
  EXPECT_FALSE(cookies.contains("extensionToken"));
  EXPECT_EQ(cookies.at("boostedViewed").at("name"), "_W_BOOSTED_VIEWED");
  EXPECT_EQ(cookies.at("boostedViewed").at("maxAge"), 365 * 24 * 3600);
  EXPECT_EQ(cookies.at("boostedViewed").at("maxBytes"), 1024);
  EXPECT_EQ(cookies.at("defaultMessageShowAt").at("name"), "_W_DEFAULT_MESSAGE_SHOW_AT");
  EXPECT_TRUE(cookies.at("token").at("maxAge").is_null());  // a session cookie
  EXPECT_TRUE(cookies.at("analyticsEvents").at("maxAge").is_null());
  EXPECT_EQ(cookies.at("analyticsEvents").at("maxBytes"), 3072);
}

}  // namespace
}  // namespace waymark::cookies
