#include "analytics/ingest_answers.hpp"

#include <boost/json/serialize.hpp>

namespace waymark::analytics {

http::Response SavedAnswer(const std::vector<Event>& events, const std::vector<Rejection>& rejected,
                           bool segment_success) {
  boost::json::object answer;
  if (segment_success) answer["success"] = true;
  boost::json::array saved;
  saved.reserve(events.size());
  for (const Event& event : events) saved.emplace_back(event.id);
  answer["saved"] = std::move(saved);
  boost::json::array refused;
  for (const Rejection& r : rejected) {
    refused.push_back({{"id", r.id}, {"field", r.field}, {"reason", r.reason}});
  }
  answer["rejected"] = std::move(refused);
  return http::Response::Json(boost::json::serialize(answer));
}

http::Response AllRejected(const std::vector<Rejection>& rejected) {
  http::Problem problem{
      http::StatusCode::bad_request, "Bad Request", "No event of the request could be saved.", {}};
  for (const Rejection& r : rejected) problem.errors.push_back({r.field, r.reason});
  return http::ProblemResponse(problem);
}

}  // namespace waymark::analytics
