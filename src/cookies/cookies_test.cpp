#include <gtest/gtest.h>

#include <set>

#include "cookies/cookie_header.hpp"
#include "cookies/registry.hpp"
#include "cookies/set_cookie.hpp"

namespace waymark::cookies {
namespace {

TEST(Registry, DeclaresTheEightCookiesOfThePolicyAndTheConsentChoice) {
  CookieNames names("_JIMO_");
  std::set<std::string> all;
  for (const CookieSpec& spec : AllCookies()) {
    EXPECT_EQ(&Spec(spec.id), &spec) << spec.suffix;
    all.insert(names.Name(spec.id));
  }
  EXPECT_EQ(all,
            (std::set<std::string>{"_JIMO_TOKEN", "_JIMO_BOOSTED_VIEWED", "_JIMO_LAST_OPENED_AT",
                                   "_JIMO_BOOSTED_FORBIDDEN", "_JIMO_EXTENSION_TOKEN",
                                   "_JIMO_RECENTLY_SAVED_EVENT", "_JIMO_ANALYTICS_EVENTS",
                                   "_JIMO_DEFAULT_MESSAGE_SHOW_AT", "_JIMO_CONSENT"}));
}

TEST(Registry, AChangeToTheRegistryIsANewPolicyVersion) {
  // Changed a cookie? Raise CurrentPolicy()'s version and date, and record this fingerprint
  // beside them: every visitor is then asked again.
  EXPECT_EQ(RegistryFingerprint(), CurrentPolicy().fingerprint)
      << "the registry changed: the cookie policy needs a new version, with fingerprint "
      << RegistryFingerprint();
}

TEST(Registry, ServerCookiesAreHttpOnlyAndScriptCookiesCannotBe) {
  EXPECT_TRUE(AttributesOf(Writer::kServer).http_only);
  EXPECT_TRUE(AttributesOf(Writer::kServer).secure_always);
  EXPECT_FALSE(AttributesOf(Writer::kScript).http_only);
  EXPECT_TRUE(Spec(CookieId::kToken).WrittenBy(Writer::kServer));
  EXPECT_TRUE(Spec(CookieId::kToken).WrittenBy(Writer::kScript));
  EXPECT_FALSE(Spec(CookieId::kConsent).WrittenBy(Writer::kScript));
  for (const CookieSpec& spec : AllCookies()) {
    EXPECT_NE(spec.writers, 0u) << spec.suffix;
    // Only strictly necessary cookies may come from the server: functionality cookies are
    // the SDK's, which the consent governs.
    if (spec.category == Category::kFunctionality) {
      EXPECT_FALSE(spec.WrittenBy(Writer::kServer)) << spec.suffix;
    }
  }
}

TEST(Registry, LongestLifeIsTheRememberMeOneWhenThereIsOne) {
  EXPECT_EQ(Spec(CookieId::kToken).LongestLife(), std::chrono::seconds(30 * 24 * 3600));
  EXPECT_EQ(Spec(CookieId::kAnalyticsEvents).LongestLife(), std::nullopt);
  EXPECT_EQ(Spec(CookieId::kConsent).LongestLife(), std::chrono::seconds(180 * 24 * 3600));
}

TEST(Registry, SessionAndExtensionTokensAreStrictlyNecessaryWithTheirLifetimes) {
  EXPECT_EQ(Spec(CookieId::kToken).category, Category::kStrictlyNecessary);
  EXPECT_FALSE(Spec(CookieId::kToken).max_age.has_value());
  EXPECT_EQ(Spec(CookieId::kToken).extended_max_age, std::chrono::seconds(30 * 24 * 3600));
  EXPECT_EQ(Spec(CookieId::kExtensionToken).category, Category::kStrictlyNecessary);
  EXPECT_EQ(Spec(CookieId::kExtensionToken).max_age, std::chrono::seconds(30 * 24 * 3600));
  EXPECT_EQ(Spec(CookieId::kBoostedViewed).category, Category::kFunctionality);
}

TEST(Registry, PrefixIsConfigurable) {
  EXPECT_EQ(CookieNames("wm_").Name(CookieId::kToken), "wm_TOKEN");
}

TEST(SetCookie, SessionCookieHasNoLifetime) {
  EXPECT_EQ(SetCookie("_JIMO_TOKEN", "abc", std::nullopt),
            "_JIMO_TOKEN=abc; Path=/; HttpOnly; Secure; SameSite=Lax");
}

TEST(SetCookie, PersistentCookieHasMaxAge) {
  EXPECT_EQ(SetCookie("_JIMO_TOKEN", "abc", std::chrono::seconds(2592000)),
            "_JIMO_TOKEN=abc; Max-Age=2592000; Path=/; HttpOnly; Secure; SameSite=Lax");
}

TEST(SetCookie, ExpiringCookieIsEmptyWithMaxAgeZero) {
  EXPECT_EQ(ExpireCookie("_JIMO_TOKEN"),
            "_JIMO_TOKEN=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax");
}

TEST(SetCookie, ScriptCookiesAreExpiredWithTheScriptsAttributes) {
  EXPECT_EQ(ExpireCookie("_JIMO_LAST_OPENED_AT", Writer::kScript),
            "_JIMO_LAST_OPENED_AT=; Max-Age=0; Path=/; SameSite=Lax");
}

TEST(FindCookie, FindsAmongOthers) {
  EXPECT_EQ(FindCookie("a=1; _JIMO_TOKEN=xyz; b=2", "_JIMO_TOKEN"), "xyz");
  EXPECT_EQ(FindCookie("_JIMO_TOKEN=xyz", "_JIMO_TOKEN"), "xyz");
  EXPECT_EQ(FindCookie("a=1;b=2", "b"), "2");
}

TEST(FindCookie, FirstOfTwoWins) {
  EXPECT_EQ(FindCookie("t=first; t=second", "t"), "first");
}

TEST(FindCookie, DoesNotMatchAPrefixOrSuffixOfTheName) {
  EXPECT_EQ(FindCookie("X_JIMO_TOKEN=1; _JIMO_TOKENX=2", "_JIMO_TOKEN"), std::nullopt);
}

TEST(FindCookie, ToleratesJunk) {
  EXPECT_EQ(FindCookie("", "t"), std::nullopt);
  EXPECT_EQ(FindCookie(";;; =; t", "t"), std::nullopt);
  EXPECT_EQ(FindCookie("t=\"quoted\"", "t"), "quoted");
  EXPECT_EQ(FindCookie("t=", "t"), "");
}

}  // namespace
}  // namespace waymark::cookies
