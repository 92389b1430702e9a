// The facts the server knows of every user: language, first seen, sessions, custom events.
#include <gtest/gtest.h>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::ConditionsOf;

constexpr std::int64_t kNow = 1795253400;  // 2026-11-21T09:30:00Z
constexpr std::int64_t kDay = 86400;

bool Holds(std::string_view condition, const EndUser& user) {
  return Matches(ConditionsOf("{\"all\":[" + std::string(condition) + "]}"), user, kNow);
}

TEST(LanguageFactTest, ComparesTheBrowserLanguage) {
  const EndUser user{.language = "fr-CA"};
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"eq","value":"fr-CA"})", user));
  EXPECT_FALSE(Holds(R"({"fact":"language","op":"eq","value":"fr-ca"})", user));
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"starts_with","value":"fr"})", user));
  EXPECT_FALSE(Holds(R"({"fact":"language","op":"starts_with","value":"en"})", user));
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"contains","value":"CA"})", user));
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"in","value":["de","fr-CA"]})", user));
  EXPECT_FALSE(Holds(R"({"fact":"language","op":"in","value":["de","fr"]})", user));
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"neq","value":"en-US"})", user));
}

TEST(LanguageFactTest, AnUnknownLanguageIsMissing) {
  const EndUser user;  // no language sent
  EXPECT_FALSE(Holds(R"({"fact":"language","op":"eq","value":"en"})", user));
  EXPECT_FALSE(Holds(R"({"fact":"language","op":"starts_with","value":""})", user));
  EXPECT_TRUE(Holds(R"({"fact":"language","op":"neq","value":"en"})", user));
}

TEST(FirstSeenFactTest, ComparesWhenTheUserWasFirstSeen) {
  const EndUser veteran{.first_seen = kNow - 31 * kDay};
  const EndUser newcomer{.first_seen = kNow - 29 * kDay};
  const EndUser exactly{.first_seen = kNow - 30 * kDay};
  const char* older_than_30_days = R"({"fact":"firstSeen","op":"before","value":{"daysAgo":30}})";
  EXPECT_TRUE(Holds(older_than_30_days, veteran));
  EXPECT_FALSE(Holds(older_than_30_days, newcomer));
  EXPECT_FALSE(Holds(older_than_30_days, exactly));  // before is strict
  const char* newer_than_30_days = R"({"fact":"firstSeen","op":"after","value":{"daysAgo":30}})";
  EXPECT_FALSE(Holds(newer_than_30_days, veteran));
  EXPECT_TRUE(Holds(newer_than_30_days, newcomer));
  EXPECT_FALSE(Holds(newer_than_30_days, exactly));
}

TEST(FirstSeenFactTest, TakesAbsoluteDatesAndRanges) {
  const EndUser user{.first_seen = 1767225600};  // 2026-01-01T00:00:00Z
  EXPECT_TRUE(Holds(R"({"fact":"firstSeen","op":"after","value":"2025-12-31T23:59:59Z"})", user));
  EXPECT_FALSE(Holds(R"({"fact":"firstSeen","op":"after","value":"2026-01-01"})", user));
  EXPECT_TRUE(
      Holds(R"({"fact":"firstSeen","op":"between","value":["2026-01-01","2026-02-01"]})", user));
  EXPECT_FALSE(
      Holds(R"({"fact":"firstSeen","op":"between","value":["2026-01-02","2026-02-01"]})", user));
}

TEST(SessionCountFactTest, ComparesTheNumberOfSessions) {
  const EndUser user{.session_count = 5};
  EXPECT_TRUE(Holds(R"({"fact":"sessionCount","op":"eq","value":5})", user));
  EXPECT_FALSE(Holds(R"({"fact":"sessionCount","op":"neq","value":5})", user));
  EXPECT_TRUE(Holds(R"({"fact":"sessionCount","op":"gt","value":4})", user));
  EXPECT_FALSE(Holds(R"({"fact":"sessionCount","op":"gt","value":5})", user));
  EXPECT_TRUE(Holds(R"({"fact":"sessionCount","op":"lt","value":6})", user));
  EXPECT_TRUE(Holds(R"({"fact":"sessionCount","op":"between","value":[5,5]})", user));
  EXPECT_TRUE(Holds(R"({"fact":"sessionCount","op":"in","value":[1,5,10]})", user));
  EXPECT_FALSE(Holds(R"({"fact":"sessionCount","op":"in","value":[1,10]})", user));
}

TEST(EventFactTest, CountsHowManyTimesTheUserDidTheEvent) {
  const EventCounts counts{{"report_exported", 3}, {"invited_teammate", 1}};
  const EndUser user{.event_counts = &counts};
  EXPECT_TRUE(Holds(R"({"fact":"event","event":"report_exported","op":"gt","value":0})", user));
  EXPECT_TRUE(Holds(R"({"fact":"event","event":"report_exported","op":"eq","value":3})", user));
  EXPECT_FALSE(Holds(R"({"fact":"event","event":"report_exported","op":"lt","value":3})", user));
  EXPECT_TRUE(
      Holds(R"({"fact":"event","event":"invited_teammate","op":"between","value":[1,2]})", user));
}

TEST(EventFactTest, AnEventNeverDoneCountsZero) {
  const EventCounts counts{{"report_exported", 3}};
  const EndUser user{.event_counts = &counts};
  const EndUser newcomer;  // no counts at all
  for (const EndUser* who : {&user, &newcomer}) {
    EXPECT_TRUE(Holds(R"({"fact":"event","event":"upgraded","op":"eq","value":0})", *who));
    EXPECT_FALSE(Holds(R"({"fact":"event","event":"upgraded","op":"gt","value":0})", *who));
  }
}

}  // namespace
}  // namespace waymark::targeting
