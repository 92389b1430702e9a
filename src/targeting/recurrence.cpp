#include "targeting/recurrence.hpp"

#include <boost/json/object.hpp>

#include "targeting/date_value.hpp"

namespace waymark::targeting {

Reason CheckRecurrence(const Recurrence& recurrence, const Exposure& exposure, std::int64_t now) {
  if (exposure.dismissed) return Reason::kDismissed;
  switch (recurrence.kind) {
    case RecurrenceKind::kOnce:
      return exposure.times_shown >= 1 ? Reason::kAlreadyShown : Reason::kEligible;
    case RecurrenceKind::kAlways:
      return Reason::kEligible;
    case RecurrenceKind::kCustom:
      if (exposure.times_shown >= recurrence.max_times) return Reason::kAlreadyShown;
      if (exposure.times_shown > 0 &&
          now - exposure.last_shown < recurrence.min_days_apart * kSecondsPerDay) {
        return Reason::kTooSoon;
      }
      return Reason::kEligible;
  }
  return Reason::kEligible;
}

std::optional<Recurrence> ParseRecurrence(const boost::json::value& json, std::string_view path,
                                          ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), errors);
  auto type = members.Choice("type", {"once", "always", "custom"});
  if (!type) return std::nullopt;
  Recurrence recurrence;
  std::optional<std::int64_t> max_times = 1;
  std::optional<std::int64_t> days_apart = 0;
  if (type == "always") recurrence.kind = RecurrenceKind::kAlways;
  if (type == "custom") {
    recurrence.kind = RecurrenceKind::kCustom;
    max_times =
        members.Required("maxTimes") ? members.Integer("maxTimes", 1, kMaxTimes, 1) : std::nullopt;
    days_apart = members.Integer("minDaysApart", 0, kMaxDaysApart, 0);
  }
  members.RejectOthers();  // once and always take no other member
  if (!max_times || !days_apart || !members.clean()) return std::nullopt;
  recurrence.max_times = *max_times;
  recurrence.min_days_apart = *days_apart;
  return recurrence;
}

boost::json::value ToJson(const Recurrence& recurrence) {
  switch (recurrence.kind) {
    case RecurrenceKind::kOnce:
      return boost::json::object{{"type", "once"}};
    case RecurrenceKind::kAlways:
      return boost::json::object{{"type", "always"}};
    case RecurrenceKind::kCustom:
      break;
  }
  return boost::json::object{{"type", "custom"},
                             {"maxTimes", recurrence.max_times},
                             {"minDaysApart", recurrence.min_days_apart}};
}

}  // namespace waymark::targeting
