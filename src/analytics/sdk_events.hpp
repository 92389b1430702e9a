#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "analytics/event.hpp"
#include "http/problem.hpp"

// The body of POST /v1/events (docs/sdk.md, "Analytics events"):
//   {"projectId": "<public key>", "events": [{id, type, ts, userId | anonymousId,
//    interactionId?, postId?, name?, props?}, ...]}
namespace waymark::analytics {

struct EventBatch {
  std::string project_key;
  std::vector<Event> events;        // the valid ones, in the order sent
  std::vector<Rejection> rejected;  // the others, each with its reason
};

// The batch, or the problem that makes the whole body unusable (not JSON, no projectId, no
// events list, too many events). A bad event refuses only itself. `now` in epoch ms.
std::variant<EventBatch, http::Problem> ReadEventBatch(std::string_view body, std::int64_t now);

}  // namespace waymark::analytics
