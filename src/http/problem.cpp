#include "http/problem.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace waymark::http {

Response ProblemResponse(const Problem& problem) {
  boost::json::object body;
  body["type"] = "about:blank";
  body["title"] = problem.title.empty()
                      ? std::string(boost::beast::http::obsolete_reason(problem.status))
                      : problem.title;
  body["status"] = static_cast<int>(problem.status);
  if (!problem.detail.empty()) body["detail"] = problem.detail;
  if (!problem.errors.empty()) {
    boost::json::array errors;
    for (const FieldError& error : problem.errors) {
      errors.push_back(boost::json::object{{"field", error.field}, {"message", error.message}});
    }
    body["errors"] = std::move(errors);
  }
  return {problem.status, "application/problem+json", boost::json::serialize(body)};
}

Response NotFound() {
  return ProblemResponse(
      {StatusCode::not_found, "Not Found", "No resource lives at this path.", {}});
}

Response BadRequest(std::string detail, std::string field) {
  Problem problem{StatusCode::bad_request, "Bad Request", std::move(detail), {}};
  if (!field.empty()) problem.errors.push_back({std::move(field), problem.detail});
  return ProblemResponse(problem);
}

Response Unauthorized(std::string detail) {
  return ProblemResponse({StatusCode::unauthorized, "Unauthorized", std::move(detail), {}});
}

Response Forbidden(std::string detail) {
  return ProblemResponse({StatusCode::forbidden, "Forbidden", std::move(detail), {}});
}

Response Conflict(std::string detail, std::string field) {
  Problem problem{StatusCode::conflict, "Conflict", std::move(detail), {}};
  if (!field.empty()) problem.errors.push_back({std::move(field), problem.detail});
  return ProblemResponse(problem);
}

Response PreconditionFailed() {
  return ProblemResponse({StatusCode::precondition_failed,
                          "Precondition Failed",
                          "Someone else changed this since you read it: reload it, or send "
                          "your change again without If-Match to overwrite theirs.",
                          {}});
}

Response TooManyRequests(std::string detail, std::int64_t retry_after_seconds) {
  Response response =
      ProblemResponse({StatusCode::too_many_requests, "Too Many Requests", std::move(detail), {}});
  response.SetHeader("Retry-After", std::to_string(retry_after_seconds));
  return response;
}

Response ServiceUnavailable() {
  Response response = ProblemResponse({StatusCode::service_unavailable,
                                       "Service Unavailable",
                                       "The server is busy; retry soon.",
                                       {}});
  response.SetHeader("Retry-After", "1");
  return response;
}

Response ServerFailure(const Status& status) {
  if (status.code() == Status::Code::kUnavailable) return ServiceUnavailable();
  return ProblemResponse({StatusCode::internal_server_error,
                          "Internal Server Error",
                          "The server failed to complete the request.",
                          {}});
}

}  // namespace waymark::http
