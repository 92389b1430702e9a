// The canonical form the API returns, and that it reads back as the same rules.
#include <gtest/gtest.h>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::ConditionsOf;
using testing::RulesOf;

std::string Canonical(std::string_view json) {
  return boost::json::serialize(ToJson(RulesOf(json)));
}

TEST(RulesJsonTest, WritesEveryDefault) {
  EXPECT_EQ(Canonical("{}"),
            R"({"audience":{"type":"everyone"},"where":{"rules":[]},)"
            R"("trigger":{"type":"page_load","delayMs":0},"schedule":{"start":null,"end":null},)"
            R"("recurrence":{"type":"once"},"priority":0,"exemptFromRateLimit":false})");
}

TEST(RulesJsonTest, WritesTimesInUtcAndNumbersPlainly) {
  EXPECT_EQ(Canonical(R"({
      "audience": {"type": "conditions", "conditions": {"all": [
          {"attribute": "seats", "op": "between", "value": [5.0, 10.5]},
          {"fact": "firstSeen", "op": "before", "value": "2026-11-22T01:00:00.5+05:30"}]}},
      "schedule": {"start": "2026-11-01", "end": null}})"),
            R"({"audience":{"type":"conditions","conditions":{"all":[)"
            R"({"attribute":"seats","op":"between","value":[5,1.05E1]},)"
            R"({"fact":"firstSeen","op":"before","value":"2026-11-21T19:30:00Z"}]}},)"
            R"("where":{"rules":[]},"trigger":{"type":"page_load","delayMs":0},)"
            R"("schedule":{"start":"2026-11-01T00:00:00Z","end":null},)"
            R"("recurrence":{"type":"once"},"priority":0,"exemptFromRateLimit":false})");
}

TEST(RulesJsonTest, RoundTripsEveryPart) {
  const char* kFull = R"({
      "audience": {"type": "conditions", "conditions": {"any": [
          {"all": [{"attribute": "plan", "op": "in", "value": ["pro", "team", 3]},
                   {"attribute": "admin", "op": "eq", "value": true},
                   {"attribute": "company", "op": "exists", "value": false},
                   {"attribute": "renewal", "op": "between", "value": [{"daysAgo": 7}, "2030-01-01"]}]},
          {"fact": "language", "op": "starts_with", "value": "fr"},
          {"fact": "event", "event": "report_exported", "op": "gt", "value": 0},
          {"fact": "sessionCount", "op": "neq", "value": 1},
          {"attribute": "email", "op": "contains", "value": "@acme."},
          {"attribute": "signup", "op": "after", "value": {"daysAgo": -3}},
          {"attribute": "ratio", "op": "lt", "value": 0.25}]}},
      "where": {"rules": [{"op": "equals", "value": "https://acme.com/pricing/"},
                          {"op": "regex", "value": "^https://app\\.acme\\.com/p/[0-9]+$"}]},
      "trigger": {"type": "event", "event": "checkout_started"},
      "schedule": {"start": "2026-11-01T00:00:00Z", "end": "2026-12-01T00:00:00Z"},
      "recurrence": {"type": "custom", "maxTimes": 3, "minDaysApart": 7},
      "priority": -5,
      "exemptFromRateLimit": true})";
  const boost::json::value once = ToJson(RulesOf(kFull));
  const boost::json::value twice = ToJson(RulesOf(boost::json::serialize(once)));
  EXPECT_EQ(once, twice);
  EXPECT_EQ(once.at("where").at("rules").at(1).at("value"), "^https://app\\.acme\\.com/p/[0-9]+$");
  EXPECT_EQ(once.at("audience").at("conditions").at("any").at(0).at("all").at(0).at("value"),
            boost::json::parse(R"(["pro","team",3])"));
}

TEST(RulesJsonTest, RoundTripsEachTriggerAndRecurrence) {
  for (std::string_view part :
       {R"("trigger":{"type":"page_load","delayMs":1500})",
        R"("trigger":{"type":"click","selector":"button.upgrade"})",
        R"("trigger":{"type":"manual"})", R"("recurrence":{"type":"always"})",
        R"("recurrence":{"type":"custom","maxTimes":1,"minDaysApart":0})",
        R"("audience":{"type":"segments","segmentIds":["a","b"]})"}) {
    std::string json = "{";
    json += part;
    json += '}';
    const boost::json::value written = ToJson(RulesOf(json));
    const boost::json::value expected = boost::json::parse(json);
    for (const auto& member : expected.as_object())
      EXPECT_EQ(written.at(member.key()), member.value()) << part;
  }
}

TEST(ConditionsJsonTest, RoundTripsAGroup) {
  const char* kGroup = R"({"all":[{"attribute":"plan","op":"eq","value":"pro"},)"
                       R"({"any":[{"fact":"sessionCount","op":"gt","value":5},)"
                       R"({"fact":"firstSeen","op":"before","value":{"daysAgo":30}}]}]})";
  EXPECT_EQ(boost::json::serialize(ToJson(ConditionsOf(kGroup))), kGroup);
}

}  // namespace
}  // namespace waymark::targeting
