// Reading the targeting of an interaction: defaults, each part, and the errors a maker sees.
#include <gtest/gtest.h>

#include <type_traits>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::Fields;
using testing::Only;
using testing::Repeated;
using testing::RulesErrors;
using testing::RulesOf;
using Strings = std::vector<std::string>;

// Compiled once, then moved into caches (and read by every thread).
static_assert(std::is_nothrow_move_constructible_v<Rules>);

TEST(RulesParseTest, AnEmptyObjectOrNullIsEveryDefault) {
  for (std::string_view json : {"{}", "null"}) {
    const Rules rules = RulesOf(json);
    EXPECT_EQ(rules.audience.kind, Audience::Kind::kEveryone);
    EXPECT_TRUE(rules.where.empty());
    EXPECT_EQ(rules.trigger.kind, TriggerKind::kPageLoad);
    EXPECT_EQ(rules.trigger.delay_ms, 0);
    EXPECT_EQ(rules.schedule.start, std::nullopt);
    EXPECT_EQ(rules.schedule.end, std::nullopt);
    EXPECT_EQ(rules.recurrence.kind, RecurrenceKind::kOnce);
    EXPECT_EQ(rules.priority, 0);
    EXPECT_FALSE(rules.exempt);
  }
}

TEST(RulesParseTest, NullMembersAreTheirDefaults) {
  const Rules rules = RulesOf(R"({"audience":null,"where":null,"trigger":null,"schedule":null,
                                  "recurrence":null,"priority":null,"exemptFromRateLimit":null})");
  EXPECT_EQ(rules.audience.kind, Audience::Kind::kEveryone);
  EXPECT_EQ(rules.priority, 0);
}

TEST(RulesParseTest, ReadsAFullTargeting) {
  const Rules rules = RulesOf(R"({
      "audience": {"type": "segments", "segmentIds": ["seg_trial", "seg_admins"]},
      "where": {"rules": [{"op": "starts_with", "value": "https://app.acme.com/"}]},
      "trigger": {"type": "click", "selector": "#upgrade-button"},
      "schedule": {"start": "2026-11-01T00:00:00Z", "end": "2026-12-01T00:00:00+01:00"},
      "recurrence": {"type": "custom", "maxTimes": 3, "minDaysApart": 7},
      "priority": 10,
      "exemptFromRateLimit": true})");
  EXPECT_EQ(rules.segment_ids(), (Strings{"seg_trial", "seg_admins"}));
  ASSERT_EQ(rules.where.size(), 1u);
  EXPECT_EQ(rules.where[0].op, UrlOp::kStartsWith);
  EXPECT_EQ(rules.trigger.kind, TriggerKind::kClick);
  EXPECT_EQ(rules.trigger.selector, "#upgrade-button");
  EXPECT_EQ(rules.schedule.start, 1793491200);
  EXPECT_EQ(rules.schedule.end, 1796079600);
  EXPECT_EQ(rules.recurrence.kind, RecurrenceKind::kCustom);
  EXPECT_EQ(rules.recurrence.max_times, 3);
  EXPECT_EQ(rules.recurrence.min_days_apart, 7);
  EXPECT_EQ(rules.priority, 10);
  EXPECT_TRUE(rules.exempt);
}

TEST(RulesParseTest, RefusesWhatIsNotAnObject) {
  EXPECT_EQ(Only(RulesErrors("[]")), "targeting: must be an object");
  EXPECT_EQ(Only(RulesErrors(R"({"audience":"everyone"})")),
            "targeting.audience: must be an object");
}

TEST(RulesParseTest, RefusesUnknownMembersAtEveryLevel) {
  EXPECT_EQ(Only(RulesErrors(R"({"priorty":5})")), "targeting.priorty: is not a known field");
  EXPECT_EQ(Fields(RulesErrors(R"({"audience":{"type":"everyone","segmentIds":["a"]}})")),
            Strings{"targeting.audience.segmentIds"});
  EXPECT_EQ(Fields(RulesErrors(R"({"schedule":{"begin":"2026-01-01T00:00:00Z"}})")),
            Strings{"targeting.schedule.begin"});
}

TEST(AudienceParseTest, SegmentsNameOneToTwentyIds) {
  EXPECT_EQ(Only(RulesErrors(R"({"audience":{"type":"segments","segmentIds":[]}})")),
            "targeting.audience.segmentIds: must have 1 to 20 items");
  EXPECT_EQ(Only(RulesErrors(R"({"audience":{"type":"segments"}})")),
            "targeting.audience.segmentIds: is required");
  const std::string ids = Repeated(R"("s")", 21);
  EXPECT_EQ(Fields(RulesErrors(R"({"audience":{"type":"segments","segmentIds":[)" + ids + "]}}")),
            Strings{"targeting.audience.segmentIds"});
  EXPECT_EQ(Fields(RulesErrors(R"({"audience":{"type":"segments","segmentIds":["a",7,""]}})")),
            (Strings{"targeting.audience.segmentIds[1]", "targeting.audience.segmentIds[2]"}));
}

TEST(AudienceParseTest, ConditionsAreNamedUnderTheAudience) {
  EXPECT_EQ(Only(RulesErrors(R"({"audience":{"type":"conditions","conditions":{"all":[
                {"attribute":"plan","op":"eq","value":"pro"},
                {"fact":"sessionCount","op":"gt","value":5},
                {"attribute":"seats","op":"gt","value":"ten"}]}}})")),
            "targeting.audience.conditions.all[2].value: must be a number");
  EXPECT_EQ(Only(RulesErrors(R"({"audience":{"type":"conditions"}})")),
            "targeting.audience.conditions: is required");
  EXPECT_EQ(Fields(RulesErrors(R"({"audience":{"type":"all"}})")),
            Strings{"targeting.audience.type"});
}

TEST(TriggerParseTest, ReadsEachType) {
  EXPECT_EQ(RulesOf(R"({"trigger":{"type":"page_load","delayMs":600000}})").trigger.delay_ms,
            600000);
  EXPECT_EQ(RulesOf(R"({"trigger":{"type":"manual"}})").trigger.kind, TriggerKind::kManual);
  const Rules on_event = RulesOf(R"({"trigger":{"type":"event","event":"report_exported"}})");
  EXPECT_EQ(on_event.trigger.kind, TriggerKind::kEvent);
  EXPECT_EQ(on_event.trigger.event, "report_exported");
}

TEST(TriggerParseTest, RefusesWhatATypeCannotUse) {
  EXPECT_EQ(Only(RulesErrors(R"({"trigger":{"type":"page_load","delayMs":600001}})")),
            "targeting.trigger.delayMs: must be a whole number from 0 to 600000");
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"page_load","delayMs":-1}})")),
            Strings{"targeting.trigger.delayMs"});
  EXPECT_EQ(Only(RulesErrors(R"({"trigger":{"type":"click"}})")),
            "targeting.trigger.selector: is required");
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"click","selector":""}})")),
            Strings{"targeting.trigger.selector"});
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"click","selector":")" +
                               std::string(1025, 'a') + "\"}}")),
            Strings{"targeting.trigger.selector"});
  RulesOf(R"({"trigger":{"type":"click","selector":")" + std::string(1024, 'a') + "\"}}");
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"event","event":")" + std::string(101, 'e') +
                               "\"}}")),
            Strings{"targeting.trigger.event"});
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"manual","delayMs":100}})")),
            Strings{"targeting.trigger.delayMs"});
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{"type":"hover"}})")),
            Strings{"targeting.trigger.type"});
  EXPECT_EQ(Fields(RulesErrors(R"({"trigger":{}})")), Strings{"targeting.trigger.type"});
}

TEST(ScheduleParseTest, EndMustFollowStart) {
  EXPECT_EQ(Only(RulesErrors(
                R"({"schedule":{"start":"2026-12-01T00:00:00Z","end":"2026-12-01T00:00:00Z"}})")),
            "targeting.schedule.end: must be after start");
  RulesOf(R"({"schedule":{"start":"2026-12-01T00:00:00Z","end":"2026-12-01T00:00:01Z"}})");
  RulesOf(R"({"schedule":{"start":null,"end":"2026-12-01T00:00:00Z"}})");
  RulesOf(R"({"schedule":{"start":"2026-12-01T00:00:00Z"}})");
}

TEST(ScheduleParseTest, TimesAreIso8601) {
  EXPECT_EQ(Fields(RulesErrors(R"({"schedule":{"start":"tomorrow","end":1795253400}})")),
            (Strings{"targeting.schedule.start", "targeting.schedule.end"}));
}

TEST(RecurrenceParseTest, CustomNeedsMaxTimesWithinItsBounds) {
  EXPECT_EQ(
      RulesOf(R"({"recurrence":{"type":"custom","maxTimes":1000}})").recurrence.min_days_apart, 0);
  EXPECT_EQ(Only(RulesErrors(R"({"recurrence":{"type":"custom"}})")),
            "targeting.recurrence.maxTimes: is required");
  EXPECT_EQ(Fields(RulesErrors(R"({"recurrence":{"type":"custom","maxTimes":0}})")),
            Strings{"targeting.recurrence.maxTimes"});
  EXPECT_EQ(Fields(RulesErrors(R"({"recurrence":{"type":"custom","maxTimes":1001}})")),
            Strings{"targeting.recurrence.maxTimes"});
  EXPECT_EQ(
      Fields(RulesErrors(R"({"recurrence":{"type":"custom","maxTimes":2,"minDaysApart":3651}})")),
      Strings{"targeting.recurrence.minDaysApart"});
  RulesOf(R"({"recurrence":{"type":"custom","maxTimes":2,"minDaysApart":3650}})");
}

TEST(RecurrenceParseTest, OnceAndAlwaysTakeNothingElse) {
  EXPECT_EQ(RulesOf(R"({"recurrence":{"type":"always"}})").recurrence.kind,
            RecurrenceKind::kAlways);
  EXPECT_EQ(Fields(RulesErrors(R"({"recurrence":{"type":"once","maxTimes":2}})")),
            Strings{"targeting.recurrence.maxTimes"});
  EXPECT_EQ(Fields(RulesErrors(R"({"recurrence":{"type":"daily"}})")),
            Strings{"targeting.recurrence.type"});
}

TEST(RulesParseTest, PriorityAndExemptionAreChecked) {
  EXPECT_EQ(RulesOf(R"({"priority":-1000})").priority, -1000);
  EXPECT_EQ(RulesOf(R"({"priority":1000})").priority, 1000);
  EXPECT_EQ(Only(RulesErrors(R"({"priority":1001})")),
            "targeting.priority: must be a whole number from -1000 to 1000");
  EXPECT_EQ(Fields(RulesErrors(R"({"priority":1.5})")), Strings{"targeting.priority"});
  EXPECT_EQ(Only(RulesErrors(R"({"exemptFromRateLimit":"yes"})")),
            "targeting.exemptFromRateLimit: must be true or false");
}

TEST(RulesParseTest, NamesEveryFieldAtFaultAtOnce) {
  EXPECT_EQ(Fields(RulesErrors(R"({
      "audience": {"type": "conditions", "conditions": {"any": [{"attribute": "a", "op": "gt", "value": "x"}]}},
      "where": {"rules": [{"op": "regex", "value": "("}, {"op": "contains", "value": "/ok"}]},
      "trigger": {"type": "event"},
      "schedule": {"start": "2026-12-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"},
      "recurrence": {"type": "custom", "maxTimes": 0},
      "priority": 5000,
      "exempt": true})")),
            (Strings{"targeting.audience.conditions.any[0].value", "targeting.where.rules[0].value",
                     "targeting.trigger.event", "targeting.schedule.end",
                     "targeting.recurrence.maxTimes", "targeting.priority", "targeting.exempt"}));
}

TEST(RulesParseTest, KeepsNoMoreThanTwentyErrors) {
  const std::string rules = Repeated(R"({"op":"regex","value":"("})", 20);
  const std::vector<http::FieldError> errors =
      RulesErrors(R"({"where":{"rules":[)" + rules + R"(]},"priority":5000})");
  EXPECT_EQ(errors.size(), kMaxErrors);
  EXPECT_EQ(errors.back().field, "targeting.where.rules[19].value");
}

}  // namespace
}  // namespace waymark::targeting
