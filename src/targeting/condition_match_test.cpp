// Every operator on attributes of every type, including missing and mistyped ones.
#include <gtest/gtest.h>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::ConditionsOf;

constexpr std::int64_t kNow = 1795253400;  // 2026-11-21T09:30:00Z
constexpr std::int64_t kDay = 86400;

// {"attribute": name, "op": op, "value": value}, value written as JSON.
std::string Attr(std::string_view name, std::string_view op, std::string_view value) {
  return R"({"attribute":")" + std::string(name) + R"(","op":")" + std::string(op) +
         R"(","value":)" + std::string(value) + "}";
}

// Whether a user with `attributes` (a JSON object) meets `condition` at kNow.
bool Holds(const std::string& condition, std::string_view attributes) {
  const Conditions conditions = ConditionsOf("{\"all\":[" + condition + "]}");
  const boost::json::object object = boost::json::parse(attributes).as_object();
  return Matches(conditions, EndUser{.attributes = &object}, kNow);
}

TEST(EqTest, StringsAreComparedCaseSensitively) {
  EXPECT_TRUE(Holds(Attr("plan", "eq", R"("pro")"), R"({"plan":"pro"})"));
  EXPECT_FALSE(Holds(Attr("plan", "eq", R"("pro")"), R"({"plan":"Pro"})"));
  EXPECT_FALSE(Holds(Attr("plan", "eq", R"("pro")"), R"({"plan":"professional"})"));
}

TEST(EqTest, NumbersAreComparedAsNumbersWhateverTheirJsonForm) {
  EXPECT_TRUE(Holds(Attr("seats", "eq", "5"), R"({"seats":5})"));
  EXPECT_TRUE(Holds(Attr("seats", "eq", "5"), R"({"seats":5.0})"));
  EXPECT_TRUE(Holds(Attr("ratio", "eq", "0.5"), R"({"ratio":0.5})"));
  EXPECT_FALSE(Holds(Attr("seats", "eq", "5"), R"({"seats":6})"));
}

TEST(EqTest, BooleansEqualOnlyBooleans) {
  EXPECT_TRUE(Holds(Attr("admin", "eq", "true"), R"({"admin":true})"));
  EXPECT_FALSE(Holds(Attr("admin", "eq", "true"), R"({"admin":false})"));
  EXPECT_FALSE(Holds(Attr("admin", "eq", "true"), R"({"admin":1})"));
  EXPECT_FALSE(Holds(Attr("admin", "eq", "true"), R"({"admin":"true"})"));
}

TEST(EqTest, AMissingOrMistypedAttributeIsNeverEqual) {
  EXPECT_FALSE(Holds(Attr("plan", "eq", R"("pro")"), R"({})"));
  EXPECT_FALSE(Holds(Attr("plan", "eq", R"("pro")"), R"({"plan":null})"));
  EXPECT_FALSE(Holds(Attr("seats", "eq", "5"), R"({"seats":"5"})"));
  EXPECT_FALSE(Holds(Attr("seats", "eq", R"("5")"), R"({"seats":5})"));
  EXPECT_FALSE(Holds(Attr("plan", "eq", R"("pro")"), R"({"plan":["pro"]})"));
}

TEST(NeqTest, IsExactlyNotEqual) {
  EXPECT_FALSE(Holds(Attr("plan", "neq", R"("pro")"), R"({"plan":"pro"})"));
  EXPECT_TRUE(Holds(Attr("plan", "neq", R"("pro")"), R"({"plan":"free"})"));
  EXPECT_FALSE(Holds(Attr("seats", "neq", "5"), R"({"seats":5})"));
  EXPECT_TRUE(Holds(Attr("seats", "neq", "5"), R"({"seats":6})"));
  EXPECT_FALSE(Holds(Attr("admin", "neq", "false"), R"({"admin":false})"));
  EXPECT_TRUE(Holds(Attr("admin", "neq", "false"), R"({"admin":true})"));
}

TEST(NeqTest, IsTrueWhenTheAttributeIsMissingOrOfAnotherType) {
  EXPECT_TRUE(Holds(Attr("plan", "neq", R"("pro")"), R"({})"));
  EXPECT_TRUE(Holds(Attr("plan", "neq", R"("pro")"), R"({"plan":null})"));
  EXPECT_TRUE(Holds(Attr("seats", "neq", "5"), R"({"seats":"5"})"));
}

TEST(ContainsTest, FindsASubstringOfAString) {
  EXPECT_TRUE(Holds(Attr("email", "contains", R"("@acme.")"), R"({"email":"ada@acme.com"})"));
  EXPECT_FALSE(Holds(Attr("email", "contains", R"("@ACME.")"), R"({"email":"ada@acme.com"})"));
  EXPECT_TRUE(Holds(Attr("email", "contains", R"("")"), R"({"email":"ada@acme.com"})"));
}

TEST(ContainsTest, FindsAnItemOfAList) {
  EXPECT_TRUE(Holds(Attr("roles", "contains", R"("admin")"), R"({"roles":["user","admin"]})"));
  EXPECT_FALSE(Holds(Attr("roles", "contains", R"("adm")"), R"({"roles":["user","admin"]})"));
  EXPECT_TRUE(Holds(Attr("teams", "contains", "42"), R"({"teams":[7,42]})"));
  EXPECT_FALSE(Holds(Attr("teams", "contains", "42"), R"({"teams":["42"]})"));
  EXPECT_FALSE(Holds(Attr("roles", "contains", R"("admin")"), R"({"roles":[]})"));
}

TEST(ContainsTest, IsFalseForOtherTypesAndMissingAttributes) {
  EXPECT_FALSE(Holds(Attr("seats", "contains", R"("5")"), R"({"seats":15})"));
  EXPECT_FALSE(Holds(Attr("seats", "contains", "5"), R"({"seats":5})"));
  EXPECT_FALSE(Holds(Attr("admin", "contains", R"("t")"), R"({"admin":true})"));
  EXPECT_FALSE(Holds(Attr("email", "contains", R"("@")"), R"({})"));
}

TEST(StartsWithTest, ComparesTheStartOfAString) {
  EXPECT_TRUE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({"plan":"pro_yearly"})"));
  EXPECT_TRUE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({"plan":"pro"})"));
  EXPECT_FALSE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({"plan":"pr"})"));
  EXPECT_FALSE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({"plan":"Pro"})"));
  EXPECT_FALSE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({"plan":["pro"]})"));
  EXPECT_FALSE(Holds(Attr("plan", "starts_with", R"("pro")"), R"({})"));
}

TEST(GtLtTest, CompareNumbersStrictly) {
  EXPECT_TRUE(Holds(Attr("seats", "gt", "5"), R"({"seats":6})"));
  EXPECT_FALSE(Holds(Attr("seats", "gt", "5"), R"({"seats":5})"));
  EXPECT_TRUE(Holds(Attr("seats", "gt", "5"), R"({"seats":5.5})"));
  EXPECT_TRUE(Holds(Attr("seats", "lt", "5"), R"({"seats":4})"));
  EXPECT_FALSE(Holds(Attr("seats", "lt", "5"), R"({"seats":5})"));
  EXPECT_TRUE(Holds(Attr("balance", "lt", "0"), R"({"balance":-0.01})"));
}

TEST(GtLtTest, AreFalseForOtherTypesAndMissingAttributes) {
  EXPECT_FALSE(Holds(Attr("seats", "gt", "5"), R"({"seats":"6"})"));
  EXPECT_FALSE(Holds(Attr("seats", "gt", "0"), R"({"seats":true})"));
  EXPECT_FALSE(Holds(Attr("seats", "lt", "5"), R"({})"));
  EXPECT_FALSE(Holds(Attr("seats", "lt", "5"), R"({"seats":null})"));
}

TEST(BetweenTest, NumbersIncludeBothBounds) {
  const std::string condition = Attr("seats", "between", "[5, 10]");
  EXPECT_FALSE(Holds(condition, R"({"seats":4.99})"));
  EXPECT_TRUE(Holds(condition, R"({"seats":5})"));
  EXPECT_TRUE(Holds(condition, R"({"seats":7})"));
  EXPECT_TRUE(Holds(condition, R"({"seats":10})"));
  EXPECT_FALSE(Holds(condition, R"({"seats":11})"));
  EXPECT_FALSE(Holds(condition, R"({"seats":"7"})"));
  EXPECT_FALSE(Holds(condition, R"({})"));
}

TEST(BetweenTest, DatesIncludeBothBoundsWhateverFormTheAttributeTakes) {
  const std::string condition = Attr("renewal", "between", R"(["2026-01-01", "2026-12-31"])");
  EXPECT_TRUE(Holds(condition, R"({"renewal":"2026-01-01T00:00:00Z"})"));
  EXPECT_FALSE(Holds(condition, R"({"renewal":"2025-12-31T23:59:59Z"})"));
  EXPECT_TRUE(Holds(condition, R"({"renewal":"2026-12-31"})"));
  EXPECT_FALSE(Holds(condition, R"({"renewal":"2026-12-31T00:00:01Z"})"));
  EXPECT_TRUE(Holds(condition, R"({"renewal":1767225600})"));  // 2026-01-01 in Unix seconds
  EXPECT_FALSE(Holds(condition, R"({"renewal":1767225599})"));
  EXPECT_FALSE(Holds(condition, R"({"renewal":"next year"})"));
  EXPECT_FALSE(Holds(condition, R"({"renewal":true})"));
}

TEST(BetweenTest, RelativeDatesMoveWithNow) {
  // In the last week: from seven days ago to now.
  const std::string condition = Attr("signup", "between", R"([{"daysAgo":7}, {"daysAgo":0}])");
  EXPECT_TRUE(Holds(condition, "{\"signup\":" + std::to_string(kNow - 7 * kDay) + "}"));
  EXPECT_FALSE(Holds(condition, "{\"signup\":" + std::to_string(kNow - 7 * kDay - 1) + "}"));
  EXPECT_TRUE(Holds(condition, "{\"signup\":" + std::to_string(kNow) + "}"));
  EXPECT_FALSE(Holds(condition, "{\"signup\":" + std::to_string(kNow + 1) + "}"));
}

TEST(InTest, AScalarEqualsOneOfTheList) {
  const std::string condition = Attr("plan", "in", R"(["pro", "team", 3])");
  EXPECT_TRUE(Holds(condition, R"({"plan":"team"})"));
  EXPECT_TRUE(Holds(condition, R"({"plan":3})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":"free"})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":"3"})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":"Team"})"));
}

TEST(InTest, AListSharesOneItemWithTheList) {
  const std::string condition = Attr("roles", "in", R"(["owner", "admin"])");
  EXPECT_TRUE(Holds(condition, R"({"roles":["user","admin"]})"));
  EXPECT_FALSE(Holds(condition, R"({"roles":["user","viewer"]})"));
  EXPECT_FALSE(Holds(condition, R"({"roles":[]})"));
}

TEST(InTest, IsFalseForOtherTypesAndMissingAttributes) {
  const std::string condition = Attr("plan", "in", R"(["pro", "team"])");
  EXPECT_FALSE(Holds(condition, R"({})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":null})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":true})"));
  EXPECT_FALSE(Holds(condition, R"({"plan":{"name":"pro"}})"));
}

TEST(ExistsTest, TrueMeansPresentAndNotNull) {
  const std::string condition = Attr("company", "exists", "true");
  EXPECT_TRUE(Holds(condition, R"({"company":"Acme"})"));
  EXPECT_TRUE(Holds(condition, R"({"company":""})"));
  EXPECT_TRUE(Holds(condition, R"({"company":0})"));
  EXPECT_TRUE(Holds(condition, R"({"company":false})"));
  EXPECT_TRUE(Holds(condition, R"({"company":[]})"));
  EXPECT_FALSE(Holds(condition, R"({"company":null})"));
  EXPECT_FALSE(Holds(condition, R"({})"));
}

TEST(ExistsTest, FalseMeansAbsentOrNull) {
  const std::string condition = Attr("company", "exists", "false");
  EXPECT_FALSE(Holds(condition, R"({"company":"Acme"})"));
  EXPECT_TRUE(Holds(condition, R"({"company":null})"));
  EXPECT_TRUE(Holds(condition, R"({})"));
}

TEST(BeforeAfterTest, CompareAbsoluteDatesStrictly) {
  const std::string before = Attr("trialEnd", "before", R"("2026-12-01")");
  EXPECT_TRUE(Holds(before, R"({"trialEnd":"2026-11-30T23:59:59Z"})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":"2026-12-01T00:00:00Z"})"));
  const std::string after = Attr("trialEnd", "after", R"("2026-12-01T00:00:00+01:00")");
  EXPECT_TRUE(Holds(after, R"({"trialEnd":"2026-11-30T23:00:01Z"})"));
  EXPECT_FALSE(Holds(after, R"({"trialEnd":"2026-11-30T23:00:00Z"})"));
}

TEST(BeforeAfterTest, ReadUnixSecondsAsDates) {
  const std::string before = Attr("trialEnd", "before", R"("1970-01-02")");
  EXPECT_TRUE(Holds(before, R"({"trialEnd":86399})"));
  EXPECT_TRUE(Holds(before, R"({"trialEnd":86399.9})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":86400})"));
}

TEST(BeforeAfterTest, DaysAgoCountsBackFromNow) {
  const std::string before = Attr("signup", "before", R"({"daysAgo":30})");
  EXPECT_TRUE(Holds(before, "{\"signup\":" + std::to_string(kNow - 30 * kDay - 1) + "}"));
  EXPECT_FALSE(Holds(before, "{\"signup\":" + std::to_string(kNow - 30 * kDay) + "}"));
  // Negative: the future. A renewal within the next 10 days is before {"daysAgo": -10}.
  const std::string soon = Attr("renewal", "before", R"({"daysAgo":-10})");
  EXPECT_TRUE(Holds(soon, R"({"renewal":"2026-11-30T09:29:59Z"})"));
  EXPECT_FALSE(Holds(soon, R"({"renewal":"2026-12-01T09:30:00Z"})"));
  const std::string after = Attr("signup", "after", R"({"daysAgo":0})");
  EXPECT_TRUE(Holds(after, "{\"signup\":" + std::to_string(kNow + 1) + "}"));
  EXPECT_FALSE(Holds(after, "{\"signup\":" + std::to_string(kNow) + "}"));
}

TEST(BeforeAfterTest, AreFalseForWhatIsNotADate) {
  const std::string before = Attr("trialEnd", "before", R"("2026-12-01")");
  EXPECT_FALSE(Holds(before, R"({})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":null})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":"soon"})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":"2023-02-29"})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":true})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":["2026-01-01"]})"));
  EXPECT_FALSE(Holds(before, R"({"trialEnd":1e300})"));
}

TEST(AttributesTest, AUserWithoutAttributesMeetsOnlyNeqAndExistsFalse) {
  const EndUser nobody;
  auto holds = [&](const std::string& condition) {
    return Matches(ConditionsOf("{\"all\":[" + condition + "]}"), nobody, kNow);
  };
  EXPECT_FALSE(holds(Attr("plan", "eq", R"("pro")")));
  EXPECT_TRUE(holds(Attr("plan", "neq", R"("pro")")));
  EXPECT_FALSE(holds(Attr("plan", "contains", R"("p")")));
  EXPECT_FALSE(holds(Attr("plan", "starts_with", R"("p")")));
  EXPECT_FALSE(holds(Attr("seats", "gt", "-1")));
  EXPECT_FALSE(holds(Attr("seats", "lt", "1")));
  EXPECT_FALSE(holds(Attr("seats", "between", "[0, 1]")));
  EXPECT_FALSE(holds(Attr("plan", "in", R"(["pro"])")));
  EXPECT_FALSE(holds(Attr("plan", "exists", "true")));
  EXPECT_TRUE(holds(Attr("plan", "exists", "false")));
  EXPECT_FALSE(holds(Attr("signup", "before", R"({"daysAgo":-36500})")));
  EXPECT_FALSE(holds(Attr("signup", "after", R"("1970-01-01")")));
}

}  // namespace
}  // namespace waymark::targeting
