#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// An analytics event as it is stored: checked, its time clamped, its user named.
namespace waymark::analytics {

// The built-in types the SDK sends, then the Segment message types. Custom events are
// `track` with a name.
enum class EventType {
  kView,
  kClick,
  kDismiss,
  kComplete,
  kReaction,
  kOpen,
  kPostView,
  kTrack,
  kPage,
  kScreen,
  kIdentify,
  kGroup,
  kAlias,
};

std::string_view TypeName(EventType type);
std::optional<EventType> TypeNamed(std::string_view name);

struct Event {
  std::string id;  // unique per project: a UUID from the SDK, Segment's messageId
  EventType type = EventType::kTrack;
  std::string name;              // a custom event's name (track), a page's name; else empty
  std::string user_key;          // "u:" + the product's user id, or "a:" + an anonymous id
  std::string interaction_id;    // empty when none
  std::string post_id;           // empty when none
  std::int64_t ts = 0;           // epoch milliseconds, clamped into the accepted window
  std::int64_t received_at = 0;  // epoch milliseconds, when the server accepted it
  std::string props;             // a JSON object's text, or empty

  // What rollups and reports count it as: a custom event by its name, others by type.
  std::string_view Metric() const {
    return type == EventType::kTrack ? std::string_view(name) : TypeName(type);
  }
};

// Why one event of a request was refused; the others are still saved.
struct Rejection {
  std::string id;     // as sent, possibly empty
  std::string field;  // "events[3].ts"
  std::string reason;
};

}  // namespace waymark::analytics
