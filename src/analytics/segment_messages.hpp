#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "analytics/event.hpp"
#include "http/problem.hpp"
#include "widget/requests.hpp"

// Segment's HTTP tracking API (docs/analytics.md): /v1/batch takes {"batch": [message...]},
// /v1/track, /identify, /page, /screen, /group and /alias take one message. Every message
// is stored as an event (its messageId is the event id); identify and group also update the
// end-user's profile, which targeting reads.
namespace waymark::analytics {

// The route a body came to: a batch, or the single message type it carries.
enum class SegmentCall { kBatch, kTrack, kIdentify, kPage, kScreen, kGroup, kAlias };

// What identify (traits) and group (groupId and the group's traits) change about a user.
struct ProfileUpdate {
  std::size_t event_index = 0;  // in SegmentBatch::events: applied only if that one is new
  std::optional<std::string> user_id;
  std::string anonymous_id;  // empty when only user_id was given
  widget::Profile profile;
};

struct SegmentBatch {
  std::string write_key;  // from the body, when sent there rather than in Basic auth
  std::vector<Event> events;
  std::vector<ProfileUpdate> profiles;
  std::vector<Rejection> rejected;
};

// The messages of a body, or the problem that makes it unusable: not JSON, or larger than
// Segment's limits (32 KB a message, 500 KB a batch), which Segment answers with 400.
std::variant<SegmentBatch, http::Problem> ReadSegment(SegmentCall call, std::string_view body,
                                                      std::int64_t now_ms);

}  // namespace waymark::analytics
