#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/problem.hpp"
#include "targeting/audience.hpp"
#include "targeting/recurrence.hpp"
#include "targeting/schedule.hpp"
#include "targeting/trigger.hpp"
#include "targeting/url_rules.hpp"

// The targeting of one interaction, as the API stores it (every member optional):
//
//   {"audience": ..., "where": {"rules": [...]}, "trigger": ..., "schedule": ...,
//    "recurrence": ..., "priority": -1000..1000 (0), "exemptFromRateLimit": false}
//
// The parts are described in audience.hpp, url_rules.hpp, trigger.hpp, schedule.hpp and
// recurrence.hpp. A higher priority is decided first (decide.hpp); an exempt interaction
// neither counts toward nor is held back by the rate limit.
namespace waymark::targeting {

inline constexpr std::int64_t kMaxPriority = 1000;

// Compiled targeting: move-only (it owns compiled patterns), and safe to read from many
// threads at once once built.
struct Rules {
  Audience audience;
  std::vector<UrlRule> where;  // empty: everywhere
  Trigger trigger;
  Schedule schedule;
  Recurrence recurrence;
  std::int64_t priority = 0;
  bool exempt = false;  // exemptFromRateLimit

  // The segments the audience names, for callers to check they exist.
  const std::vector<std::string>& segment_ids() const { return audience.segment_ids; }
};

// Reads, checks and compiles the targeting `json` (null: every default), naming errors under
// `path` (such as "targeting", giving "targeting.where.rules[0].value"). nullopt when errors
// were appended (at most 20 for one call).
std::optional<Rules> ParseRules(const boost::json::value& json, std::string_view path,
                                std::vector<http::FieldError>& errors);

// Every member, defaults included; ParseRules gives the same rules back.
boost::json::value ToJson(const Rules& rules);

}  // namespace waymark::targeting
