// The targeting of the widget's boot: one user against every live interaction of a project.
#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <deque>
#include <string>
#include <vector>

#include "targeting/decide.hpp"

namespace waymark::targeting {
namespace {

constexpr std::int64_t kNow = 1795253400;  // 2026-11-21T09:30:00Z
constexpr std::int64_t kDay = 86400;

// Twenty interactions as makers write them: audiences of 3 to 6 conditions or segments,
// page rules (two of them regexes), schedules, recurrences and priorities.
const char* const kInteractions[] = {
    R"({"audience":{"type":"conditions","conditions":{"all":[
        {"attribute":"plan","op":"eq","value":"pro"},
        {"fact":"sessionCount","op":"gt","value":3},
        {"attribute":"role","op":"in","value":["admin","owner"]}]}},
      "where":{"rules":[{"op":"starts_with","value":"https://app.acme.com/dashboard"}]},
      "priority":10})",
    R"({"audience":{"type":"segments","segmentIds":["power_users","churn_risk"]},
      "where":{"rules":[{"op":"regex","value":"^https://app\\.acme\\.com/projects/[0-9]+(/board)?$"}]},
      "recurrence":{"type":"custom","maxTimes":3,"minDaysApart":7}})",
    R"({"audience":{"type":"conditions","conditions":{"any":[
        {"attribute":"company","op":"contains","value":"Acme"},
        {"attribute":"seats","op":"between","value":[10,500]},
        {"fact":"language","op":"starts_with","value":"fr"},
        {"all":[{"attribute":"trialEndsAt","op":"before","value":{"daysAgo":-7}},
                {"attribute":"plan","op":"eq","value":"trial"}]}]}},
      "schedule":{"start":"2026-11-01T00:00:00Z","end":"2026-12-01T00:00:00Z"}})",
    R"({"audience":{"type":"conditions","conditions":{"all":[
        {"fact":"event","event":"report_exported","op":"gt","value":2},
        {"attribute":"beta","op":"eq","value":true},
        {"fact":"firstSeen","op":"before","value":{"daysAgo":30}},
        {"attribute":"email","op":"contains","value":"@"},
        {"attribute":"country","op":"neq","value":"US"}]}},
      "trigger":{"type":"click","selector":"#export-button"},
      "recurrence":{"type":"always"}})",
    R"({"where":{"rules":[{"op":"contains","value":"/settings/billing"},
                          {"op":"regex","value":"[?&]utm_campaign=black_friday"}]},
      "priority":5, "exemptFromRateLimit":true})",
    R"({"audience":{"type":"conditions","conditions":{"all":[
        {"attribute":"plan","op":"in","value":["free","starter"]},
        {"attribute":"seats","op":"lt","value":5},
        {"fact":"sessionCount","op":"between","value":[2,50]},
        {"attribute":"tags","op":"contains","value":"onboarding"},
        {"attribute":"signupAt","op":"after","value":"2026-01-01"},
        {"fact":"language","op":"in","value":["en-GB","en-US","en"]}]}},
      "trigger":{"type":"page_load","delayMs":3000}})",
    R"({"audience":{"type":"segments","segmentIds":["power_users"]},
      "schedule":{"start":"2026-12-01T00:00:00Z"}})",
    R"({"audience":{"type":"conditions","conditions":{"all":[
        {"attribute":"nps","op":"exists","value":false},
        {"fact":"firstSeen","op":"before","value":{"daysAgo":60}},
        {"fact":"sessionCount","op":"gt","value":10}]}},
      "recurrence":{"type":"custom","maxTimes":2,"minDaysApart":90}})",
};

// The user: ten attributes, a few custom events, a past with some interactions.
struct Fixture {
  boost::json::object attributes = boost::json::parse(R"({
      "plan":"pro","role":"admin","seats":42,"company":"Acme Corp","country":"FR",
      "email":"ada@acme.com","beta":true,"tags":["onboarding","analytics"],
      "signupAt":"2026-03-14T10:00:00Z","trialEndsAt":1795000000})")
                                       .as_object();
  EventCounts events{{"report_exported", 5}, {"invited_teammate", 2}, {"checkout_started", 1}};
  EndUser user{.attributes = &attributes,
               .language = "fr-FR",
               .first_seen = kNow - 200 * kDay,
               .session_count = 37,
               .event_counts = &events};
  History history;
  std::deque<std::string> ids;
  std::deque<Rules> rules;
  std::vector<Candidate> candidates;
  Conditions power_users = Group(R"({"all":[{"fact":"sessionCount","op":"gt","value":20},
      {"fact":"event","event":"report_exported","op":"gt","value":3},
      {"attribute":"plan","op":"in","value":["pro","enterprise"]}]})");
  Conditions churn_risk = Group(R"({"any":[{"attribute":"seats","op":"lt","value":3},
      {"fact":"firstSeen","op":"after","value":{"daysAgo":7}}]})");
  SegmentMap segments{{"power_users", &power_users}, {"churn_risk", &churn_risk}};

  static Conditions Group(std::string_view json) {
    std::vector<http::FieldError> errors;
    return *ParseConditions(boost::json::parse(json), "", errors);
  }

  Fixture() {
    for (int i = 0; i < 20; ++i) {
      std::vector<http::FieldError> errors;
      const char* json = kInteractions[i % std::size(kInteractions)];
      ids.push_back("int_" + std::to_string(i));
      rules.push_back(std::move(*ParseRules(boost::json::parse(json), "targeting", errors)));
      candidates.push_back({ids.back(), &rules.back(), 1790000000 + i * 3600});
    }
    history.by_interaction = {
        {"int_0", {.times_shown = 1, .last_shown = kNow - 3 * kDay}},
        {"int_1", {.times_shown = 2, .last_shown = kNow - 10 * kDay}},
        {"int_3", {.times_shown = 4, .last_shown = kNow - kDay}},
        {"int_9", {.times_shown = 1, .last_shown = kNow - 2 * kDay, .dismissed = true}}};
    history.recent_shows = {kNow - 5 * 3600, kNow - kDay};
  }
};

void BM_DecideOneUserTwentyInteractions(benchmark::State& state) {
  const Fixture fixture;
  const Context context{
      .now = kNow, .url = "https://app.acme.com/projects/1234/board?utm_campaign=black_friday"};
  const RateLimit limit;
  // How many end eligible, so a change that filters everything out early shows here.
  for (const Decision& decision : Decide(fixture.candidates, fixture.user, fixture.history, context,
                                         limit, fixture.segments)) {
    state.counters[std::string(ReasonName(decision.reason))] += 1;
  }
  for (auto _ : state) {
    std::vector<Decision> decisions =
        Decide(fixture.candidates, fixture.user, fixture.history, context, limit, fixture.segments);
    benchmark::DoNotOptimize(decisions.data());
  }
}
BENCHMARK(BM_DecideOneUserTwentyInteractions);

}  // namespace
}  // namespace waymark::targeting
