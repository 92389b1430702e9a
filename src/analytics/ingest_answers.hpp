#pragma once

#include <string>
#include <vector>

#include "analytics/event.hpp"
#include "http/problem.hpp"
#include "http/response.hpp"

// How ingestion answers: the ids saved and the events refused, each with its reason.
namespace waymark::analytics {

// 200 {"saved": [id...], "rejected": [{"id", "field", "reason"}...]}; `extra` members
// (Segment's "success") come first.
http::Response SavedAnswer(const std::vector<Event>& events, const std::vector<Rejection>& rejected,
                           bool segment_success = false);

// 400 when every event of the request was refused: each refusal as a field error.
http::Response AllRejected(const std::vector<Rejection>& rejected);

}  // namespace waymark::analytics
