#include "consent/choice.hpp"

#include <boost/json/parse.hpp>

namespace waymark::consent {
namespace {

http::Problem Invalid(std::vector<http::FieldError> errors) {
  return {.status = http::StatusCode::bad_request,
          .title = "Invalid consent choice",
          .detail = "Send {\"functionality\": true} or {\"functionality\": false}.",
          .errors = std::move(errors)};
}

}  // namespace

std::variant<Choice, http::Problem> ReadChoice(std::string_view body) {
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(body, ec);
  if (ec || !json.is_object()) return Invalid({{"body", "must be a JSON object"}});
  std::vector<http::FieldError> errors;
  Choice choice;
  bool chosen = false;
  for (const auto& [key, value] : json.as_object()) {
    if (key == "functionality" && value.is_bool()) {
      choice.functionality = value.as_bool();
      chosen = true;
    } else if (key == "functionality") {
      errors.push_back({"functionality", "must be true or false"});
    } else if (key == "strictlyNecessary") {
      if (!value.is_bool() || !value.as_bool()) {
        errors.push_back({"strictlyNecessary", "is always true: these cookies run the site"});
      }
    } else {
      errors.push_back({std::string(key), "is not a cookie category of this site"});
    }
  }
  if (!chosen && errors.empty()) errors.push_back({"functionality", "is required"});
  if (!errors.empty()) return Invalid(std::move(errors));
  return choice;
}

}  // namespace waymark::consent
