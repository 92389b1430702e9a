#include "cookies/registry_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::cookies {
namespace {

boost::json::array Registry(std::string prefix) {
  return boost::json::parse(RegistryJson(CookieNames(std::move(prefix)))).as_array();
}

const boost::json::object& Named(const boost::json::array& registry, std::string_view name) {
  for (const auto& cookie : registry) {
    if (cookie.at("name").as_string() == name) return cookie.as_object();
  }
  ADD_FAILURE() << name << " is missing";
  static const boost::json::object kNone;
  return kNone;
}

TEST(RegistryJson, ListsEveryCookieInRegistryOrderWithThePrefix) {
  boost::json::array registry = Registry("_W_");
  ASSERT_EQ(registry.size(), AllCookies().size());
  for (std::size_t i = 0; i < registry.size(); ++i) {
    EXPECT_EQ(registry[i].at("name").as_string(), "_W_" + std::string(AllCookies()[i].suffix));
    EXPECT_EQ(registry[i].at("purpose").as_string(), AllCookies()[i].purpose);
    EXPECT_EQ(registry[i].at("party"), "first-party");
  }
  EXPECT_EQ(registry[0].at("name"), "_W_TOKEN");
  EXPECT_EQ(registry[8].at("name"), "_W_CONSENT");
}

TEST(RegistryJson, EveryElementHasTheKeysTheAuditReads) {
  for (const auto& cookie : Registry("_JIMO_")) {
    for (std::string_view key :
         {"name", "purpose", "category", "party", "lifetime", "maxAgeSeconds",
          "extendedMaxAgeSeconds", "lifetimeText", "setBy", "content", "maxBytes", "writers"}) {
      EXPECT_TRUE(cookie.as_object().contains(key)) << cookie.at("name") << " lacks " << key;
    }
    EXPECT_EQ(cookie.as_object().size(), 12u) << cookie.at("name");
    EXPECT_FALSE(cookie.at("writers").as_array().empty()) << cookie.at("name");
  }
}

TEST(RegistryJson, TheSessionTokenIsASessionCookieWithARememberMeLife) {
  boost::json::array registry = Registry("_JIMO_");
  const auto& token = Named(registry, "_JIMO_TOKEN");
  EXPECT_EQ(token.at("category"), "strictly-necessary");
  EXPECT_EQ(token.at("lifetime"), "session");
  EXPECT_TRUE(token.at("maxAgeSeconds").is_null());
  EXPECT_EQ(token.at("extendedMaxAgeSeconds"), 30 * 24 * 3600);
  EXPECT_EQ(token.at("lifetimeText"), "Session; 30 days with \u201Cremember me\u201D");
  EXPECT_EQ(token.at("maxBytes"), 64);
  // Both the server (dashboard) and the SDK (identified end-users) write it.
  const auto& writers = token.at("writers").as_array();
  ASSERT_EQ(writers.size(), 2u);
  EXPECT_EQ(writers[0], (boost::json::object{{"writer", "server"},
                                             {"httpOnly", true},
                                             {"secure", "always"},
                                             {"sameSite", "Lax"},
                                             {"path", "/"}}));
  EXPECT_EQ(writers[1], (boost::json::object{{"writer", "script"},
                                             {"httpOnly", false},
                                             {"secure", "https"},
                                             {"sameSite", "Lax"},
                                             {"path", "/"}}));
}

TEST(RegistryJson, PersistentCookiesCarryTheirMaxAge) {
  boost::json::array registry = Registry("_JIMO_");
  const auto& viewed = Named(registry, "_JIMO_BOOSTED_VIEWED");
  EXPECT_EQ(viewed.at("category"), "functionality");
  EXPECT_EQ(viewed.at("lifetime"), "persistent");
  EXPECT_EQ(viewed.at("maxAgeSeconds"), 365 * 24 * 3600);
  EXPECT_TRUE(viewed.at("extendedMaxAgeSeconds").is_null());
  EXPECT_EQ(viewed.at("lifetimeText"), "1 year");
  EXPECT_EQ(viewed.at("writers").as_array().size(), 1u);
  EXPECT_EQ(viewed.at("writers").at(0).at("writer"), "script");

  const auto& consent = Named(registry, "_JIMO_CONSENT");
  EXPECT_EQ(consent.at("category"), "strictly-necessary");
  EXPECT_EQ(consent.at("maxAgeSeconds"), 180 * 24 * 3600);
  EXPECT_EQ(consent.at("lifetimeText"), "180 days");
  EXPECT_EQ(consent.at("writers").at(0).at("httpOnly"), true);

  const auto& queue = Named(registry, "_JIMO_ANALYTICS_EVENTS");
  EXPECT_EQ(queue.at("lifetime"), "session");
  EXPECT_TRUE(queue.at("maxAgeSeconds").is_null());
  EXPECT_EQ(queue.at("lifetimeText"), "Session");
  EXPECT_EQ(queue.at("maxBytes"), 3072);
}

}  // namespace
}  // namespace waymark::cookies
