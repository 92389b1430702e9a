#include "core/time_format.hpp"

#include <gtest/gtest.h>

namespace waymark {
namespace {

TEST(Iso8601, MillisKeepsTheFraction) {
  EXPECT_EQ(Iso8601Millis(1795253400250), "2026-11-21T09:30:00.250Z");
  EXPECT_EQ(Iso8601Millis(7), "1970-01-01T00:00:00.007Z");
}

TEST(Iso8601, WritesUtcWithSecondPrecision) {
  EXPECT_EQ(Iso8601(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(Iso8601(1795253400), "2026-11-21T09:30:00Z");
}

}  // namespace
}  // namespace waymark

namespace waymark {
namespace {

TEST(ParseIso8601, ReadsDatesAndDateTimes) {
  EXPECT_EQ(ParseIso8601("1970-01-01"), 0);
  EXPECT_EQ(ParseIso8601("2026-11-21T09:30:00Z"), 1795253400);
  EXPECT_EQ(ParseIso8601("2026-11-21 09:30:00z"), 1795253400);
  EXPECT_EQ(ParseIso8601("2026-11-21T09:30:00.999Z"), 1795253400);
  EXPECT_EQ(ParseIso8601("9999-12-31T23:59:59Z"), 253402300799);
}

TEST(ParseIso8601, HonoursOffsetsAcrossTheDayBoundary) {
  // 01:00 at +05:30 is 19:30 UTC the day before; 20:00 at -08:00 is 04:00 UTC the day after.
  EXPECT_EQ(ParseIso8601("2026-11-22T01:00:00+05:30"), ParseIso8601("2026-11-21T19:30:00Z"));
  EXPECT_EQ(ParseIso8601("2026-11-21T20:00:00-0800"), ParseIso8601("2026-11-22T04:00:00Z"));
}

TEST(ParseIso8601, KnowsLeapYears) {
  EXPECT_TRUE(ParseIso8601("2024-02-29"));
  EXPECT_FALSE(ParseIso8601("2023-02-29"));
  EXPECT_FALSE(ParseIso8601("2100-02-29"));
  EXPECT_TRUE(ParseIso8601("2000-02-29"));
}

TEST(ParseIso8601, RefusesWhatIsNotADate) {
  for (std::string_view text :
       {"", "2026", "2026-11", "2026-13-01", "2026-11-31", "30000-01-01", "1969-12-31",
        "2026-11-21T", "2026-11-21T09:30Z", "2026-11-21T24:00:00Z", "2026-11-21T09:30:00",
        "2026-11-21T09:30:00+25:00", "2026-11-21T09:30:00Zjunk", "2026-11-21T09:30:00.Z",
        "tomorrow", "2026-1-01"}) {
    EXPECT_FALSE(ParseIso8601(text)) << text;
  }
}

TEST(IsoDate, WritesAndReadsCalendarDays) {
  using namespace std::chrono;
  const sys_days day{2026y / November / 5};
  EXPECT_EQ(IsoDate(day), "2026-11-05");
  EXPECT_EQ(ParseIsoDate("2026-11-05"), day);
  EXPECT_EQ(ParseIsoDate("2026-02-29"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2026-11-05T00:00:00Z"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("05/Nov/2026"), std::nullopt);
}

}  // namespace
}  // namespace waymark
