#include "analytics/sdk_events.hpp"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <optional>

#include "analytics/event_rules.hpp"

namespace waymark::analytics {
namespace {

namespace json = boost::json;

// What the SDK sends: the interaction and post events of the widget, opens, and custom
// events. Segment's message types come through the Segment routes only.
bool IsSdkType(EventType type) {
  return type <= EventType::kTrack;
}

bool NeedsInteraction(EventType type) {
  return type == EventType::kView || type == EventType::kClick || type == EventType::kDismiss ||
         type == EventType::kComplete;
}

bool NeedsPost(EventType type) {
  return type == EventType::kReaction || type == EventType::kPostView;
}

std::optional<std::int64_t> Millis(const json::value& value) {
  if (value.is_int64()) return value.get_int64();
  if (value.is_uint64() && value.get_uint64() <= INT64_MAX) {
    return static_cast<std::int64_t>(value.get_uint64());
  }
  if (value.is_double() && value.get_double() >= 0 && value.get_double() < 9.2e18) {
    return static_cast<std::int64_t>(value.get_double());
  }
  return std::nullopt;
}

// Reads one event; the first fault found refuses it.
class EventReader {
 public:
  EventReader(const json::object& object, std::size_t index, std::int64_t now)
      : object_(object), prefix_("events[" + std::to_string(index) + "]."), now_(now) {}

  std::variant<Event, Rejection> Read() {
    if (const auto* id = object_.if_contains("id"); id && id->is_string()) {
      sent_id_ = std::string(std::string_view(id->get_string()).substr(0, 100));
    }
    for (const auto& member : object_) {
      if (!Known(member.key())) return Refuse(member.key(), "is not a field of an event");
    }
    Event event;
    if (!ReadId(event) || !ReadType(event) || !ReadTime(event) || !ReadUser(event) ||
        !ReadSubjects(event) || !ReadName(event) || !ReadProps(event)) {
      return std::move(*rejection_);
    }
    if (Size(event) > kMaxEventBytes) return Refuse("", "is larger than 32 KB");
    return event;
  }

 private:
  static bool Known(std::string_view key) {
    static constexpr std::string_view kFields[] = {
        "id", "type", "ts", "userId", "anonymousId", "interactionId", "postId", "name", "props"};
    for (auto field : kFields) {
      if (key == field) return true;
    }
    return false;
  }

  Rejection Refuse(std::string_view field, std::string reason) {
    std::string path = field.empty() ? prefix_.substr(0, prefix_.size() - 1) : prefix_;
    path += field;
    return Rejection{sent_id_, std::move(path), std::move(reason)};
  }

  bool Fail(std::string_view field, std::string reason) {
    rejection_ = Refuse(field, std::move(reason));
    return false;
  }

  template <typename T>
  bool Take(std::string_view field, Checked<T> checked, T& out) {
    if (auto* refused = std::get_if<Refused>(&checked)) return Fail(field, refused->reason);
    out = std::move(std::get<T>(checked));
    return true;
  }

  const json::value* Find(std::string_view key) const {
    const json::value* value = object_.if_contains(key);
    return value && !value->is_null() ? value : nullptr;
  }

  bool ReadId(Event& event) {
    const json::value* id = Find("id");
    if (!id || !id->is_string()) return Fail("id", "must be a UUID");
    return Take("id", CanonicalUuid(id->get_string()), event.id);
  }

  bool ReadType(Event& event) {
    const json::value* type = Find("type");
    std::optional<EventType> named;
    if (type && type->is_string()) named = TypeNamed(type->get_string());
    if (!named || !IsSdkType(*named)) {
      return Fail("type",
                  "must be one of: view, click, dismiss, complete, reaction, open, post_view, "
                  "track");
    }
    event.type = *named;
    return true;
  }

  bool ReadTime(Event& event) {
    const json::value* ts = Find("ts");
    std::optional<std::int64_t> millis = ts ? Millis(*ts) : std::nullopt;
    if (!millis) return Fail("ts", "must be a time in epoch milliseconds");
    return Take("ts", ClampTime(*millis, now_), event.ts);
  }

  bool ReadUser(Event& event) {
    const char* field = Find("userId") ? "userId" : "anonymousId";
    return Take(field, UserKey(Find("userId"), Find("anonymousId")), event.user_key);
  }

  bool ReadSubjects(Event& event) {
    const json::value* interaction = Find("interactionId");
    const json::value* post = Find("postId");
    if (NeedsInteraction(event.type) && !interaction) return Fail("interactionId", "is required");
    if (NeedsPost(event.type) && !post) return Fail("postId", "is required");
    if (interaction && !Take("interactionId", ObjectId(*interaction), event.interaction_id)) {
      return false;
    }
    return !post || Take("postId", ObjectId(*post), event.post_id);
  }

  bool ReadName(Event& event) {
    const json::value* name = Find("name");
    if (event.type != EventType::kTrack) {
      return !name || Fail("name", "is only for track events");
    }
    if (!name) return Fail("name", "is required for track events");
    if (!Take("name", PlainText(*name, 200), event.name)) return false;
    if (TypeNamed(event.name)) return Fail("name", "is the name of a built-in event type");
    return true;
  }

  bool ReadProps(Event& event) {
    const json::value* props = Find("props");
    return !props || Take("props", PropsText(*props), event.props);
  }

  static std::size_t Size(const Event& event) {
    return event.props.size() + event.id.size() + event.name.size() + event.user_key.size() +
           event.interaction_id.size() + event.post_id.size();
  }

  const json::object& object_;
  std::string prefix_;
  std::int64_t now_;
  std::string sent_id_;
  std::optional<Rejection> rejection_;
};

http::Problem BadBody(std::string field, std::string message) {
  return {http::StatusCode::bad_request,
          "Bad Request",
          "The events could not be read.",
          {{std::move(field), std::move(message)}}};
}

}  // namespace

std::variant<EventBatch, http::Problem> ReadEventBatch(std::string_view body, std::int64_t now) {
  unsigned char buffer[16384];
  json::monotonic_resource resource(buffer, sizeof buffer);
  boost::system::error_code ec;
  json::value root = json::parse(body, ec, &resource);
  if (ec) return BadBody("body", "is not valid JSON: " + ec.message());
  const json::object* object = root.if_object();
  if (!object) return BadBody("body", "must be a JSON object");
  const json::value* key = object->if_contains("projectId");
  if (!key || !key->is_string() || key->get_string().empty()) {
    return BadBody("projectId", "is required");
  }
  const json::value* events = object->if_contains("events");
  if (!events || !events->is_array()) return BadBody("events", "must be a list of events");
  if (events->get_array().size() > kMaxEventsPerRequest) {
    return BadBody("events",
                   "may hold at most " + std::to_string(kMaxEventsPerRequest) + " events");
  }
  for (const auto& member : *object) {
    if (member.key() != "projectId" && member.key() != "events") {
      return BadBody(std::string(member.key()), "is not a field of this request");
    }
  }
  EventBatch batch;
  batch.project_key = std::string(key->get_string());
  const json::array& list = events->get_array();
  batch.events.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_object()) {
      batch.rejected.push_back({"", "events[" + std::to_string(i) + "]", "must be an object"});
      continue;
    }
    auto read = EventReader(list[i].get_object(), i, now).Read();
    if (auto* event = std::get_if<Event>(&read)) {
      batch.events.push_back(std::move(*event));
    } else {
      batch.rejected.push_back(std::move(std::get<Rejection>(read)));
    }
  }
  return batch;
}

}  // namespace waymark::analytics
