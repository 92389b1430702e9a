#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.hpp"
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
// No valid credentials: the caller must sign in (or present a key) again.
Response Unauthorized(std::string detail = "Sign in, or present a valid key, to use this.");
Response Forbidden(std::string detail);
// A state conflict, such as an email already taken; `field` names the field at fault.
Response Conflict(std::string detail, std::string field = {});
// A write guarded by If-Match whose version is no longer current: 412.
Response PreconditionFailed();
// Throttled: answered with Retry-After.
Response TooManyRequests(std::string detail, std::int64_t retry_after_seconds);
// The store refused more work for now (its queue is full): answered with Retry-After.
Response ServiceUnavailable();
// A failure of the store or another dependency: 503 when it is only busy, otherwise 500.
Response ServerFailure(const Status& status);

}  // namespace waymark::http
