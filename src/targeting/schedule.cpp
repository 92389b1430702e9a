#include "targeting/schedule.hpp"

#include <boost/json/object.hpp>

#include "core/time_format.hpp"

namespace waymark::targeting {
namespace {

boost::json::value TimeJson(const std::optional<std::int64_t>& time) {
  if (!time) return nullptr;
  return boost::json::string(Iso8601(*time));
}

}  // namespace

Reason CheckSchedule(const Schedule& schedule, std::int64_t now) {
  if (schedule.start && now < *schedule.start) return Reason::kNotStarted;
  if (schedule.end && now >= *schedule.end) return Reason::kEnded;
  return Reason::kEligible;
}

std::optional<Schedule> ParseSchedule(const boost::json::value& json, std::string_view path,
                                      ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), errors);
  Schedule schedule;
  const bool start_ok = members.Time("start", schedule.start);
  const bool end_ok = members.Time("end", schedule.end);
  members.RejectOthers();
  if (!start_ok || !end_ok || !members.clean()) return std::nullopt;
  if (schedule.start && schedule.end && *schedule.end <= *schedule.start) {
    members.Fail("end", "must be after start");
    return std::nullopt;
  }
  return schedule;
}

boost::json::value ToJson(const Schedule& schedule) {
  return boost::json::object{{"start", TimeJson(schedule.start)}, {"end", TimeJson(schedule.end)}};
}

}  // namespace waymark::targeting
