#include "targeting/date_value.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::targeting {
namespace {

constexpr std::int64_t kNow = 1795253400;  // 2026-11-21T09:30:00Z

std::optional<DateValue> Parse(std::string_view json,
                               std::vector<http::FieldError>* out = nullptr) {
  std::vector<http::FieldError> errors;
  ErrorList list(out != nullptr ? *out : errors);
  return ParseDateValue(boost::json::parse(json), "value", list);
}

std::optional<std::int64_t> At(std::string_view json) {
  std::optional<DateValue> date = Parse(json);
  if (!date) return std::nullopt;
  return date->At(kNow);
}

TEST(DateValueTest, ADateAloneIsMidnightUtc) {
  EXPECT_EQ(At(R"("2026-11-21")"), 1795219200);
  EXPECT_EQ(At(R"("1970-01-01")"), 0);
}

TEST(DateValueTest, OffsetsAreHonouredAcrossTheDayBoundary) {
  // 01:00 in India (+05:30) is 19:30 UTC the day before.
  EXPECT_EQ(At(R"("2026-11-22T01:00:00+05:30")"), At(R"("2026-11-21T19:30:00Z")"));
  // 20:00 in California (-08:00) is 04:00 UTC the day after.
  EXPECT_EQ(At(R"("2026-11-21T20:00:00-08:00")"), At(R"("2026-11-22T04:00:00Z")"));
  EXPECT_EQ(At(R"("2026-11-21T09:30:00Z")"), kNow);
}

TEST(DateValueTest, FractionsOfASecondAreAllowedAndDropped) {
  EXPECT_EQ(At(R"("2026-11-21T09:30:00.999Z")"), kNow);
  EXPECT_EQ(At(R"("2026-11-21T09:30:00.5+00:00")"), kNow);
}

TEST(DateValueTest, KnowsTheCalendarAndItsYears) {
  EXPECT_EQ(At(R"("2024-02-29")"), 1709164800);
  EXPECT_EQ(At(R"("2023-02-29")"), std::nullopt);
  EXPECT_EQ(At(R"("9999-12-31T23:59:59Z")"), 253402300799);
  EXPECT_EQ(At(R"("30000-01-01")"), std::nullopt);
  EXPECT_EQ(At(R"("1969-12-31")"), std::nullopt);
}

TEST(DateValueTest, AnInvalidDateIsAFieldError) {
  std::vector<http::FieldError> errors;
  EXPECT_FALSE(Parse(R"("30000-01-01")", &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "value");
  EXPECT_EQ(errors[0].message,
            "must be an ISO 8601 date (2026-11-24) or date-time with its offset "
            "(2026-11-24T09:30:00Z), between the years 1970 and 9999, or {\"daysAgo\": N}");
}

TEST(DateValueTest, DaysAgoIsRelativeToNow) {
  EXPECT_EQ(At(R"({"daysAgo":30})"), kNow - 30 * kSecondsPerDay);
  EXPECT_EQ(At(R"({"daysAgo":0})"), kNow);
  EXPECT_EQ(At(R"({"daysAgo":-7})"), kNow + 7 * kSecondsPerDay);  // a week ahead
  const DateValue date = *Parse(R"({"daysAgo":1})");
  EXPECT_EQ(date.At(kNow + 86400), kNow);  // the same rule, a day later
}

TEST(DateValueTest, DaysAgoIsAWholeNumberWithinACentury) {
  EXPECT_TRUE(At(R"({"daysAgo":36500})"));
  EXPECT_TRUE(At(R"({"daysAgo":-36500})"));
  for (std::string_view bad :
       {R"({"daysAgo":36501})", R"({"daysAgo":-36501})", R"({"daysAgo":1.5})", R"({"daysAgo":"3"})",
        R"({})", R"({"daysAgo":3,"hours":2})", "12", "true"}) {
    EXPECT_EQ(At(bad), std::nullopt) << bad;
  }
}

TEST(DateValueTest, WritesTheCanonicalForm) {
  EXPECT_EQ(boost::json::serialize(ToJson(*Parse(R"("2026-11-22T01:00:00.25+05:30")"))),
            R"("2026-11-21T19:30:00Z")");
  EXPECT_EQ(boost::json::serialize(ToJson(*Parse(R"({"daysAgo":-3})"))), R"({"daysAgo":-3})");
}

TEST(AttributeTimeTest, ReadsIsoStringsAndUnixSeconds) {
  EXPECT_EQ(AttributeTime(boost::json::parse(R"("2026-11-21T09:30:00Z")")), kNow);
  EXPECT_EQ(AttributeTime(boost::json::value(kNow)), kNow);
  EXPECT_EQ(AttributeTime(boost::json::value(1.9)), 1);
  EXPECT_EQ(AttributeTime(boost::json::value(-1.5)), -2);
}

TEST(AttributeTimeTest, AnythingElseIsNotATime) {
  EXPECT_EQ(AttributeTime(boost::json::parse(R"("yesterday")")), std::nullopt);
  EXPECT_EQ(AttributeTime(boost::json::value(true)), std::nullopt);
  EXPECT_EQ(AttributeTime(boost::json::value(nullptr)), std::nullopt);
  EXPECT_EQ(AttributeTime(boost::json::value(1e300)), std::nullopt);
  EXPECT_EQ(AttributeTime(boost::json::parse("[1]")), std::nullopt);
}

}  // namespace
}  // namespace waymark::targeting
