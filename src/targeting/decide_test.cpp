// A project's interactions meet one user on one page: who sees what, and why not.
#include "targeting/decide.hpp"

#include <gtest/gtest.h>

#include <deque>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

constexpr std::int64_t kNow = 1795253400;  // 2026-11-21T09:30:00Z
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;

class DecideTest : public ::testing::Test {
 protected:
  // An interaction `id` with targeting `rules` (JSON), created at `created_at`.
  void Add(std::string id, std::string_view rules, std::int64_t created_at = 0) {
    ids_.push_back(std::move(id));
    rules_.push_back(testing::RulesOf(rules));
    candidates_.push_back({ids_.back(), &rules_.back(), created_at});
  }

  // "id:reason ..." for every candidate, in the order Decide gives.
  std::string Decisions() {
    std::string text;
    for (const Decision& decision :
         Decide(candidates_, user_, history_, context_, limit_, segments_)) {
      if (!text.empty()) text += ' ';
      text += decision.id;
      text += ':';
      text += ReasonName(decision.reason);
    }
    return text;
  }

  boost::json::object attributes_{{"plan", "pro"}, {"seats", 12}};
  EndUser user_{.attributes = &attributes_, .language = "en-GB", .first_seen = kNow - 90 * kDay};
  History history_;
  Context context_{.now = kNow, .url = "https://app.acme.com/dashboard"};
  RateLimit limit_{.max_shows = 100};  // out of the way, unless a test is about it
  SegmentMap segments_;

 private:
  std::deque<std::string> ids_;  // deques: candidates point into them as they grow
  std::deque<Rules> rules_;
  std::vector<Candidate> candidates_;
};

TEST_F(DecideTest, NoInteractionsNoDecisions) {
  EXPECT_EQ(Decisions(), "");
}

TEST_F(DecideTest, HigherPriorityFirstThenOlderThenById) {
  Add("c-low", R"({"priority":-1})", 100);
  Add("b-new", R"({"priority":5})", 300);
  Add("z-old", R"({"priority":5})", 200);
  Add("a-old", R"({"priority":5})", 200);
  Add("d-top", R"({"priority":50})", 400);
  EXPECT_EQ(Decisions(),
            "d-top:eligible a-old:eligible z-old:eligible b-new:eligible c-low:eligible");
}

TEST_F(DecideTest, TheScheduleComesFirst) {
  Add("later", R"({"schedule":{"start":"2026-11-21T09:30:01Z"}})", 1);
  Add("starting", R"({"schedule":{"start":"2026-11-21T09:30:00Z"}})", 2);
  Add("ending", R"({"schedule":{"end":"2026-11-21T09:30:01Z"}})", 3);
  Add("over", R"({"schedule":{"end":"2026-11-21T09:30:00Z"}})", 4);
  EXPECT_EQ(Decisions(), "later:not_started starting:eligible ending:eligible over:ended");
}

TEST_F(DecideTest, TheAudienceConditionsMustHold) {
  Add("pros", R"({"audience":{"type":"conditions","conditions":{"all":[
      {"attribute":"plan","op":"eq","value":"pro"},{"fact":"language","op":"starts_with","value":"en"}]}}})",
      1);
  Add("free", R"({"audience":{"type":"conditions","conditions":{"all":[
      {"attribute":"plan","op":"eq","value":"free"}]}}})",
      2);
  Add("veterans", R"({"audience":{"type":"conditions","conditions":{"all":[
      {"fact":"firstSeen","op":"before","value":{"daysAgo":60}}]}}})",
      3);
  EXPECT_EQ(Decisions(), "pros:eligible free:audience veterans:eligible");
}

TEST_F(DecideTest, AUserInAnyOfTheSegmentsIsInTheAudience) {
  const Conditions big =
      testing::ConditionsOf(R"({"all":[{"attribute":"seats","op":"gt","value":10}]})");
  const Conditions french =
      testing::ConditionsOf(R"({"all":[{"fact":"language","op":"eq","value":"fr"}]})");
  segments_ = {{"big", &big}, {"french", &french}};
  Add("for-big-or-french", R"({"audience":{"type":"segments","segmentIds":["french","big"]}})", 1);
  Add("for-french", R"({"audience":{"type":"segments","segmentIds":["french"]}})", 2);
  Add("for-big-or-gone", R"({"audience":{"type":"segments","segmentIds":["gone","big"]}})", 3);
  Add("for-french-or-gone", R"({"audience":{"type":"segments","segmentIds":["gone","french"]}})",
      4);
  Add("for-gone", R"({"audience":{"type":"segments","segmentIds":["gone","deleted"]}})", 5);
  EXPECT_EQ(Decisions(),
            "for-big-or-french:eligible for-french:audience for-big-or-gone:eligible "
            "for-french-or-gone:audience for-gone:segment_missing");
}

TEST_F(DecideTest, ThePageMustPassTheWhereRules) {
  Add("dashboard",
      R"({"where":{"rules":[{"op":"equals","value":"https://app.acme.com/dashboard/"}]}})", 1);
  Add("settings", R"({"where":{"rules":[{"op":"contains","value":"/settings"}]}})", 2);
  Add("anywhere", R"({})", 3);
  EXPECT_EQ(Decisions(), "dashboard:eligible settings:url anywhere:eligible");
}

TEST_F(DecideTest, ShownAndDismissedInteractionsFollowTheirRecurrence) {
  Add("seen-once", R"({})", 1);
  Add("fresh", R"({})", 2);
  Add("every-time", R"({"recurrence":{"type":"always"}})", 3);
  Add("weekly", R"({"recurrence":{"type":"custom","maxTimes":5,"minDaysApart":7}})", 4);
  Add("closed", R"({"recurrence":{"type":"always"}})", 5);
  history_.by_interaction = {{"seen-once", {.times_shown = 1, .last_shown = kNow - 30 * kDay}},
                             {"every-time", {.times_shown = 9, .last_shown = kNow - 60}},
                             {"weekly", {.times_shown = 2, .last_shown = kNow - 6 * kDay}},
                             {"closed", {.times_shown = 1, .last_shown = kNow, .dismissed = true}}};
  EXPECT_EQ(Decisions(),
            "seen-once:already_shown fresh:eligible every-time:eligible weekly:too_soon "
            "closed:dismissed");
}

TEST_F(DecideTest, TheFirstFailingCheckNamesTheReason) {
  // Out of the audience and on the wrong page, and already shown: the audience is named.
  Add("x", R"({"audience":{"type":"conditions","conditions":{"all":[
      {"attribute":"plan","op":"eq","value":"free"}]}},
      "where":{"rules":[{"op":"contains","value":"/nowhere"}]}})");
  history_.by_interaction = {{"x", {.times_shown = 1, .last_shown = kNow - kDay}}};
  EXPECT_EQ(Decisions(), "x:audience");
}

TEST_F(DecideTest, TheRateLimitGoesToTheFirstEligibleInOrder) {
  limit_ = RateLimit{};  // one every four hours
  Add("announcement", R"({"priority":10})", 1);
  Add("tour", R"({"priority":5})", 2);
  Add("survey", R"({"priority":1})", 3);
  EXPECT_EQ(Decisions(), "announcement:eligible tour:rate_limited survey:rate_limited");
}

TEST_F(DecideTest, IneligibleInteractionsDoNotSpendTheLimit) {
  limit_ = RateLimit{};
  Add("ended", R"({"priority":10,"schedule":{"end":"2026-01-01T00:00:00Z"}})", 1);
  Add("tour", R"({"priority":5})", 2);
  Add("survey", R"({"priority":1})", 3);
  EXPECT_EQ(Decisions(), "ended:ended tour:eligible survey:rate_limited");
}

TEST_F(DecideTest, ExemptInteractionsNeitherSpendNorWaitForTheLimit) {
  limit_ = RateLimit{};
  history_.recent_shows = {kNow - kHour};  // the budget is spent
  Add("outage-banner", R"({"priority":100,"exemptFromRateLimit":true})", 1);
  Add("tour", R"({"priority":5})", 2);
  EXPECT_EQ(Decisions(), "outage-banner:eligible tour:rate_limited");
  history_.recent_shows.clear();
  EXPECT_EQ(Decisions(), "outage-banner:eligible tour:eligible");
}

TEST_F(DecideTest, AShowLeavesTheWindowExactlyWindowSecondsLater) {
  limit_ = RateLimit{};
  Add("tour", R"({})");
  history_.recent_shows = {kNow - 4 * kHour};
  EXPECT_EQ(Decisions(), "tour:eligible");
  history_.recent_shows = {kNow - 4 * kHour + 1};
  EXPECT_EQ(Decisions(), "tour:rate_limited");
}

TEST_F(DecideTest, TwoShowsPerWindowLetsTwoThrough) {
  limit_ = RateLimit{.max_shows = 2, .window_s = 24 * kHour};
  Add("a", R"({})", 1);
  Add("b", R"({})", 2);
  Add("c", R"({})", 3);
  EXPECT_EQ(Decisions(), "a:eligible b:eligible c:rate_limited");
  history_.recent_shows = {kNow - 25 * kHour, kNow - 2 * kHour};
  EXPECT_EQ(Decisions(), "a:eligible b:rate_limited c:rate_limited");
  history_.recent_shows.push_back(kNow - kHour);
  EXPECT_EQ(Decisions(), "a:rate_limited b:rate_limited c:rate_limited");
}

TEST_F(DecideTest, AManualTriggerConsidersOnlyItsInteraction) {
  limit_ = RateLimit{};
  history_.recent_shows = {kNow - kHour};  // the rate limit would hold anything back
  Add("help", R"({"trigger":{"type":"manual"},"priority":1})", 1);
  Add("tour", R"({"priority":9})", 2);
  context_.forced_id = "help";
  EXPECT_EQ(Decisions(), "tour:not_forced help:eligible");
  context_.forced_id = "nothing-by-that-id";
  EXPECT_EQ(Decisions(), "tour:not_forced help:not_forced");
}

TEST_F(DecideTest, AManualTriggerRespectsRecurrenceUnlessAskedNotTo) {
  Add("help", R"({"trigger":{"type":"manual"}})");
  history_.by_interaction = {
      {"help", {.times_shown = 1, .last_shown = kNow - 60, .dismissed = true}}};
  context_.forced_id = "help";
  EXPECT_EQ(Decisions(), "help:dismissed");
  context_.ignore_recurrence = true;
  EXPECT_EQ(Decisions(), "help:eligible");
  history_.by_interaction["help"].dismissed = false;
  context_.ignore_recurrence = false;
  EXPECT_EQ(Decisions(), "help:already_shown");
}

TEST_F(DecideTest, AManualTriggerStillRespectsScheduleAudienceAndPage) {
  Add("ended", R"({"schedule":{"end":"2026-01-01T00:00:00Z"}})");
  Add("free-only", R"({"audience":{"type":"conditions","conditions":{"all":[
      {"attribute":"plan","op":"eq","value":"free"}]}}})");
  Add("settings-only", R"({"where":{"rules":[{"op":"contains","value":"/settings"}]}})");
  context_.ignore_recurrence = true;
  context_.forced_id = "ended";
  EXPECT_EQ(Decisions(), "ended:ended free-only:not_forced settings-only:not_forced");
  context_.forced_id = "free-only";
  EXPECT_EQ(Decisions(), "ended:not_forced free-only:audience settings-only:not_forced");
  context_.forced_id = "settings-only";
  EXPECT_EQ(Decisions(), "ended:not_forced free-only:not_forced settings-only:url");
}

TEST(ReasonNameTest, NamesEveryReasonInSnakeCase) {
  EXPECT_EQ(ReasonName(Reason::kEligible), "eligible");
  EXPECT_EQ(ReasonName(Reason::kNotStarted), "not_started");
  EXPECT_EQ(ReasonName(Reason::kEnded), "ended");
  EXPECT_EQ(ReasonName(Reason::kAudience), "audience");
  EXPECT_EQ(ReasonName(Reason::kSegmentMissing), "segment_missing");
  EXPECT_EQ(ReasonName(Reason::kUrl), "url");
  EXPECT_EQ(ReasonName(Reason::kDismissed), "dismissed");
  EXPECT_EQ(ReasonName(Reason::kAlreadyShown), "already_shown");
  EXPECT_EQ(ReasonName(Reason::kTooSoon), "too_soon");
  EXPECT_EQ(ReasonName(Reason::kRateLimited), "rate_limited");
  EXPECT_EQ(ReasonName(Reason::kNotForced), "not_forced");
}

}  // namespace
}  // namespace waymark::targeting
