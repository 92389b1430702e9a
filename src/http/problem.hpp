#pragma once

#include <string>
#include <vector>

#include "http/response.hpp"

namespace waymark::http {

struct FieldError {
  std::string field;
  std::string message;
};

// An RFC 9457 problem detail; `errors` names the fields a client got wrong.
struct Problem {
  StatusCode status = StatusCode::bad_request;
  std::string title;
  std::string detail;
  std::vector<FieldError> errors;
};

Response ProblemResponse(const Problem& problem);

// The common cases, so that every part of the server words them the same way.
Response NotFound();
Response BadRequest(std::string detail, std::string field = {});

}  // namespace waymark::http
