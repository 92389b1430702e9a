#include "targeting/rules.hpp"

#include <boost/json/object.hpp>

namespace waymark::targeting {
namespace {

// Reads the optional member `name` into `part` with `parse`; an absent member leaves the
// default. A failed parse records its errors, which `members.clean()` then reports.
template <class T, class Parse>
void ReadPart(Members& members, std::string_view name, Parse parse, T& part) {
  const boost::json::value* json = members.Optional(name);
  if (json == nullptr || members.errors().full()) return;
  if (std::optional<T> parsed = parse(*json, members.Path(name), members.errors())) {
    part = std::move(*parsed);
  }
}

}  // namespace

std::optional<Rules> ParseRules(const boost::json::value& json, std::string_view path,
                                std::vector<http::FieldError>& errors) {
  ErrorList list(errors);
  Rules rules;
  if (json.is_null()) return rules;
  const boost::json::object* object = ObjectAt(json, path, list);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), list);
  ReadPart(members, "audience", ParseAudience, rules.audience);
  ReadPart(members, "where", ParseWhere, rules.where);
  ReadPart(members, "trigger", ParseTrigger, rules.trigger);
  ReadPart(members, "schedule", ParseSchedule, rules.schedule);
  ReadPart(members, "recurrence", ParseRecurrence, rules.recurrence);
  std::optional<std::int64_t> priority =
      members.Integer("priority", -kMaxPriority, kMaxPriority, 0);
  std::optional<bool> exempt = members.Bool("exemptFromRateLimit", false);
  members.RejectOthers();
  if (!priority || !exempt || !members.clean()) return std::nullopt;
  rules.priority = *priority;
  rules.exempt = *exempt;
  return rules;
}

boost::json::value ToJson(const Rules& rules) {
  return boost::json::object{
      {"audience", ToJson(rules.audience)},     {"where", WhereJson(rules.where)},
      {"trigger", ToJson(rules.trigger)},       {"schedule", ToJson(rules.schedule)},
      {"recurrence", ToJson(rules.recurrence)}, {"priority", rules.priority},
      {"exemptFromRateLimit", rules.exempt},
  };
}

}  // namespace waymark::targeting
