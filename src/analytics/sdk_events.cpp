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

// At most `max` bytes of `text`, cut before a character rather than inside one, so that
// what is quoted back is still UTF-8.
std::string_view Prefix(std::string_view text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Reads one event; the first fault found refuses it. The fields are found in one pass over
// the object, and a refusal's field path is built only when there is one.
class EventReader {
 public:
  EventReader(const json::object& object, std::size_t index, std::int64_t now)
      : object_(object), index_(index), now_(now) {}

  // Fills `event` (a fresh one), or answers why the event is refused; `event` is then
  // partly filled, to be dropped.
  std::optional<Rejection> Read(Event& event) {
    for (const auto& member : object_) {
      const json::value** slot = SlotOf(member.key());
      if (slot == nullptr) return Refuse(member.key(), "is not a field of an event");
      *slot = member.value().is_null() ? nullptr : &member.value();
    }
    if (!ReadId(event) || !ReadType(event) || !ReadTime(event) || !ReadUser(event) ||
        !ReadSubjects(event) || !ReadName(event) || !ReadProps(event)) {
      return std::move(rejection_);
    }
    if (Size(event) > kMaxEventBytes) return Refuse("", "is larger than 32 KB");
    return std::nullopt;
  }

 private:
  const json::value** SlotOf(std::string_view key) {
    if (key == "id") return &id_;
    if (key == "type") return &type_;
    if (key == "ts") return &ts_;
    if (key == "anonymousId") return &anonymous_id_;
    if (key == "userId") return &user_id_;
    if (key == "interactionId") return &interaction_id_;
    if (key == "postId") return &post_id_;
    if (key == "name") return &name_;
    if (key == "props") return &props_;
    return nullptr;
  }

  Rejection Refuse(std::string_view field, std::string reason) const {
    std::string path = "events[" + std::to_string(index_) + "]";
    if (!field.empty()) {
      path += '.';
      path += field;
    }
    std::string sent_id;
    if (const auto* id = object_.if_contains("id"); id && id->is_string()) {
      sent_id = std::string(Prefix(id->get_string(), 100));
    }
    return Rejection{std::move(sent_id), std::move(path), std::move(reason)};
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

  bool ReadId(Event& event) {
    if (!id_ || !id_->is_string()) return Fail("id", "must be a UUID");
    return Take("id", CanonicalUuid(id_->get_string()), event.id);
  }

  bool ReadType(Event& event) {
    std::optional<EventType> named;
    if (type_ && type_->is_string()) named = TypeNamed(type_->get_string());
    if (!named || !IsSdkType(*named)) {
      return Fail("type",
                  "must be one of: view, click, dismiss, complete, reaction, open, post_view, "
                  "track");
    }
    event.type = *named;
    return true;
  }

  bool ReadTime(Event& event) {
    std::optional<std::int64_t> millis = ts_ ? Millis(*ts_) : std::nullopt;
    if (!millis) return Fail("ts", "must be a time in epoch milliseconds");
    return Take("ts", ClampTime(*millis, now_), event.ts);
  }

  bool ReadUser(Event& event) {
    const char* field = user_id_ ? "userId" : "anonymousId";
    return Take(field, UserKey(user_id_, anonymous_id_), event.user_key);
  }

  bool ReadSubjects(Event& event) {
    if (NeedsInteraction(event.type) && !interaction_id_) {
      return Fail("interactionId", "is required");
    }
    if (NeedsPost(event.type) && !post_id_) return Fail("postId", "is required");
    if (interaction_id_ &&
        !Take("interactionId", ObjectId(*interaction_id_), event.interaction_id)) {
      return false;
    }
    return !post_id_ || Take("postId", ObjectId(*post_id_), event.post_id);
  }

  bool ReadName(Event& event) {
    if (event.type != EventType::kTrack) {
      return !name_ || Fail("name", "is only for track events");
    }
    if (!name_) return Fail("name", "is required for track events");
    if (!Take("name", PlainText(*name_, 200), event.name)) return false;
    if (TypeNamed(event.name)) return Fail("name", "is the name of a built-in event type");
    return true;
  }

  bool ReadProps(Event& event) { return !props_ || Take("props", PropsText(*props_), event.props); }

  static std::size_t Size(const Event& event) {
    return event.props.size() + event.id.size() + event.name.size() + event.user_key.size() +
           event.interaction_id.size() + event.post_id.size();
  }

  const json::object& object_;
  std::size_t index_;
  std::int64_t now_;
  // The fields sent, null when absent or JSON null.
  const json::value* id_ = nullptr;
  const json::value* type_ = nullptr;
  const json::value* ts_ = nullptr;
  const json::value* anonymous_id_ = nullptr;
  const json::value* user_id_ = nullptr;
  const json::value* interaction_id_ = nullptr;
  const json::value* post_id_ = nullptr;
  const json::value* name_ = nullptr;
  const json::value* props_ = nullptr;
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
    // Read in place: an event is moved nowhere on its way into the batch.
    Event& event = batch.events.emplace_back();
    if (auto refused = EventReader(list[i].get_object(), i, now).Read(event)) {
      batch.events.pop_back();
      batch.rejected.push_back(std::move(*refused));
    }
  }
  return batch;
}

}  // namespace waymark::analytics
