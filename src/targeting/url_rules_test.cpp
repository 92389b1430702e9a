// "where": which pages an interaction may show on.
#include <gtest/gtest.h>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::Fields;
using testing::RulesErrors;
using testing::RulesOf;
using Strings = std::vector<std::string>;

// Whether a page at `url` passes the "where" rules `rules` (a JSON array).
bool Passes(std::string_view rules, std::string_view url) {
  const Rules parsed = RulesOf(R"({"where":{"rules":)" + std::string(rules) + "}}");
  return MatchesAny(parsed.where, url);
}

TEST(UrlRulesTest, NoRuleMeansEverywhere) {
  EXPECT_TRUE(Passes("[]", "https://app.acme.com/anything"));
  EXPECT_TRUE(Passes("[]", ""));
  EXPECT_TRUE(MatchesAny(RulesOf("{}").where, "https://app.acme.com/"));
}

TEST(UrlRulesTest, EqualsIgnoresATrailingSlashAndTheFragment) {
  const char* pricing = R"([{"op":"equals","value":"https://acme.com/pricing"}])";
  EXPECT_TRUE(Passes(pricing, "https://acme.com/pricing"));
  EXPECT_TRUE(Passes(pricing, "https://acme.com/pricing/"));
  EXPECT_TRUE(Passes(pricing, "https://acme.com/pricing#faq"));
  EXPECT_TRUE(Passes(pricing, "https://acme.com/pricing/#faq"));
  EXPECT_FALSE(Passes(pricing, "https://acme.com/pricing/team"));
  EXPECT_FALSE(Passes(pricing, "https://acme.com/pricing?plan=pro"));
  EXPECT_FALSE(Passes(pricing, "https://acme.com/Pricing"));
  const char* with_slash = R"([{"op":"equals","value":"https://acme.com/pricing/#top"}])";
  EXPECT_TRUE(Passes(with_slash, "https://acme.com/pricing"));
}

TEST(UrlRulesTest, EqualsComparesTheQuery) {
  const char* rule = R"([{"op":"equals","value":"https://acme.com/search?q=a"}])";
  EXPECT_TRUE(Passes(rule, "https://acme.com/search?q=a"));
  EXPECT_TRUE(Passes(rule, "https://acme.com/search/?q=a#results"));
  EXPECT_FALSE(Passes(rule, "https://acme.com/search?q=b"));
  EXPECT_FALSE(Passes(rule, "https://acme.com/search"));
}

TEST(UrlRulesTest, StartsWithAndContainsLookAtTheWholeUrl) {
  const char* settings = R"([{"op":"starts_with","value":"https://app.acme.com/settings"}])";
  EXPECT_TRUE(Passes(settings, "https://app.acme.com/settings/billing"));
  EXPECT_FALSE(Passes(settings, "http://app.acme.com/settings"));
  const char* billing = R"([{"op":"contains","value":"/billing"}])";
  EXPECT_TRUE(Passes(billing, "https://app.acme.com/settings/billing?tab=2"));
  EXPECT_FALSE(Passes(billing, "https://app.acme.com/settings/Billing"));
}

TEST(UrlRulesTest, RegexMatchesAnywhereUnlessAnchored) {
  const char* projects = R"([{"op":"regex","value":"/projects/[0-9]+/board"}])";
  EXPECT_TRUE(Passes(projects, "https://app.acme.com/projects/42/board?view=kanban"));
  EXPECT_FALSE(Passes(projects, "https://app.acme.com/projects/new/board"));
  const char* anchored = R"([{"op":"regex","value":"^https://acme\\.com/$"}])";
  EXPECT_TRUE(Passes(anchored, "https://acme.com/"));
  EXPECT_FALSE(Passes(anchored, "https://acme.com/x"));
}

TEST(UrlRulesTest, AnyRuleSuffices) {
  const char* rules = R"([{"op":"equals","value":"https://acme.com/"},
                          {"op":"contains","value":"/docs/"},
                          {"op":"regex","value":"[?&]promo="}])";
  EXPECT_TRUE(Passes(rules, "https://acme.com"));
  EXPECT_TRUE(Passes(rules, "https://acme.com/docs/start"));
  EXPECT_TRUE(Passes(rules, "https://acme.com/shop?x=1&promo=bf"));
  EXPECT_FALSE(Passes(rules, "https://acme.com/shop"));
}

TEST(UrlRulesTest, ACatastrophicPatternForOtherEnginesRunsInLinearTime) {
  // (a+)+$ against "aaaa...b" takes a backtracking engine 2^n steps; RE2 needs one pass.
  const std::string url = "https://acme.com/" + std::string(100000, 'a') + "b";
  EXPECT_FALSE(Passes(R"([{"op":"regex","value":"(a+)+$"}])", url));
  EXPECT_TRUE(Passes(R"([{"op":"regex","value":"(a+)+b$"}])", url));
}

TEST(UrlRulesParseTest, ABadPatternIsAFieldErrorWithRe2sReason) {
  const std::vector<http::FieldError> errors =
      RulesErrors(R"({"where":{"rules":[{"op":"regex","value":"/projects/(\\d+"}]}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "targeting.where.rules[0].value");
  EXPECT_EQ(errors[0].message, "is not a usable regular expression: missing ): /projects/(\\d+");
}

TEST(UrlRulesParseTest, APatternTooLargeToCompileIsRefused) {
  // A hundred letters of any alphabet: short to write, hundreds of KB compiled.
  const std::vector<http::FieldError> errors = RulesErrors(
      R"({"where":{"rules":[{"op":"equals","value":"/"},{"op":"regex","value":"\\pL{100}"}]}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "targeting.where.rules[1].value");
  EXPECT_EQ(errors[0].message,
            "is not a usable regular expression: pattern too large - compile failed");
}

TEST(UrlRulesParseTest, EachRuleHasAKnownOpAndAValue) {
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":[{"op":"glob","value":"/*"}]}})")),
            Strings{"targeting.where.rules[0].op"});
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":[{"op":"contains","value":""}]}})")),
            Strings{"targeting.where.rules[0].value"});
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":[{"op":"contains"}]}})")),
            Strings{"targeting.where.rules[0].value"});
  EXPECT_EQ(Fields(RulesErrors(
                R"({"where":{"rules":[{"op":"contains","value":"/a","caseInsensitive":true}]}})")),
            Strings{"targeting.where.rules[0].caseInsensitive"});
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":["/pricing"]}})")),
            Strings{"targeting.where.rules[0]"});
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rule":[]}})")), Strings{"targeting.where.rule"});
  EXPECT_EQ(Fields(RulesErrors(R"({"where":[]})")), Strings{"targeting.where"});
}

TEST(UrlRulesParseTest, ValuesAndRulesAreBounded) {
  const std::string long_value(1001, 'x');
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":[{"op":"contains","value":")" + long_value +
                               "\"}]}}")),
            Strings{"targeting.where.rules[0].value"});
  const std::string rules = testing::Repeated(R"({"op":"contains","value":"/a"})", 21);
  EXPECT_EQ(Fields(RulesErrors(R"({"where":{"rules":[)" + rules + "]}}")),
            Strings{"targeting.where.rules"});
}

}  // namespace
}  // namespace waymark::targeting
