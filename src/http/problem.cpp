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

}  // namespace waymark::http
