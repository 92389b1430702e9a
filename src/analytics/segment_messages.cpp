#include "analytics/segment_messages.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>

#include "analytics/event_rules.hpp"
#include "core/crypto.hpp"
#include "core/time_format.hpp"

namespace waymark::analytics {
namespace {

namespace json = boost::json;

http::Problem Bad(std::string field, std::string message) {
  return {http::StatusCode::bad_request,
          "Bad Request",
          "The messages could not be read.",
          {{std::move(field), std::move(message)}}};
}

std::optional<EventType> TypeOfCall(SegmentCall call) {
  switch (call) {
    case SegmentCall::kTrack:
      return EventType::kTrack;
    case SegmentCall::kIdentify:
      return EventType::kIdentify;
    case SegmentCall::kPage:
      return EventType::kPage;
    case SegmentCall::kScreen:
      return EventType::kScreen;
    case SegmentCall::kGroup:
      return EventType::kGroup;
    case SegmentCall::kAlias:
      return EventType::kAlias;
    case SegmentCall::kBatch:
      break;
  }
  return std::nullopt;
}

std::optional<EventType> TypeOfMessage(const json::object& message) {
  const json::value* type = message.if_contains("type");
  if (!type || !type->is_string()) return std::nullopt;
  auto named = TypeNamed(type->get_string());
  if (!named || *named < EventType::kTrack) return std::nullopt;
  return named;
}

// Epoch milliseconds of an ISO 8601 time, keeping the milliseconds ParseIso8601 drops.
std::optional<std::int64_t> IsoMillis(std::string_view text) {
  std::optional<std::int64_t> seconds = ParseIso8601(text);
  if (!seconds) return std::nullopt;
  std::int64_t millis = 0;
  if (auto dot = text.find('.', 10); dot != std::string_view::npos) {
    int scale = 100;
    for (std::size_t i = dot + 1; i < text.size() && std::isdigit(text[i]) && scale > 0; ++i) {
      millis += (text[i] - '0') * scale;
      scale /= 10;
    }
  }
  return *seconds * 1000 + millis;
}

const json::value* Find(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && !value->is_null() ? value : nullptr;
}

std::optional<std::int64_t> TimeField(const json::object& object, std::string_view key) {
  const json::value* value = Find(object, key);
  if (!value || !value->is_string()) return std::nullopt;
  return IsoMillis(value->get_string());
}

// group's traits as flat attributes "group.<trait>", beside "groupId".
json::object GroupAttributes(const json::value& group_id, const json::value* traits) {
  json::object attributes;
  attributes["groupId"] = group_id;
  if (traits && traits->is_object()) {
    for (const auto& [key, value] : traits->get_object()) {
      attributes["group." + std::string(key)] = value;
    }
  }
  return attributes;
}

widget::Profile IdentifyProfile(const json::value* traits) {
  widget::Profile profile;
  if (!traits || !traits->is_object()) return profile;
  json::object attributes;
  for (const auto& [key, value] : traits->get_object()) {
    if (key == "email" && value.is_string()) {
      profile.email = std::string(value.get_string());
    } else if (key == "name" && value.is_string()) {
      profile.name = std::string(value.get_string());
    } else {
      attributes[key] = value;
    }
  }
  if (!attributes.empty()) profile.attributes = std::move(attributes);
  return profile;
}

class MessageReader {
 public:
  MessageReader(SegmentBatch& out, std::string prefix, std::int64_t now, std::int64_t skew)
      : out_(out), prefix_(std::move(prefix)), now_(now), skew_(skew) {}

  void Read(const json::object& message, EventType type, std::size_t bytes) {
    Event event;
    event.type = type;
    event.id = Id(message);
    if (bytes > kMaxEventBytes) return Refuse(event.id, "", "is larger than 32 KB");
    auto user = UserKey(Find(message, "userId"), Find(message, "anonymousId"));
    if (auto* refused = std::get_if<Refused>(&user)) {
      return Refuse(event.id, "userId", refused->reason);
    }
    event.user_key = std::get<std::string>(user);
    std::int64_t ts = now_;
    if (const json::value* stamp = Find(message, "timestamp")) {
      std::optional<std::int64_t> parsed =
          stamp->is_string() ? IsoMillis(stamp->get_string()) : std::nullopt;
      if (!parsed) return Refuse(event.id, "timestamp", "must be an ISO 8601 time");
      ts = *parsed + skew_;
    }
    auto clamped = ClampTime(ts, now_);
    if (auto* refused = std::get_if<Refused>(&clamped)) {
      return Refuse(event.id, "timestamp", refused->reason);
    }
    event.ts = std::get<std::int64_t>(clamped);
    if (!ReadByType(message, event)) return;
    out_.events.push_back(std::move(event));
  }

 private:
  // Segment makes messageId optional; without one, a resend cannot be recognised.
  static std::string Id(const json::object& message) {
    const json::value* id = Find(message, "messageId");
    if (id && id->is_string() && !id->get_string().empty() && id->get_string().size() <= 100) {
      return std::string(id->get_string());
    }
    return crypto::NewId();
  }

  void Refuse(const std::string& id, std::string_view field, std::string reason) {
    std::string path = prefix_;
    if (!field.empty()) path.append(".").append(field);
    out_.rejected.push_back({id, std::move(path), std::move(reason)});
  }

  bool Props(const json::object& message, std::string_view key, Event& event) {
    const json::value* props = Find(message, key);
    if (!props) return true;
    auto text = PropsText(*props);
    if (auto* refused = std::get_if<Refused>(&text)) {
      Refuse(event.id, key, refused->reason);
      return false;
    }
    event.props = std::move(std::get<std::string>(text));
    return true;
  }

  bool Name(const json::object& message, std::string_view key, bool required, Event& event) {
    const json::value* name = Find(message, key);
    if (!name) {
      if (required) Refuse(event.id, key, "is required");
      return !required;
    }
    auto text = PlainText(*name, 200);
    if (auto* refused = std::get_if<Refused>(&text)) {
      Refuse(event.id, key, refused->reason);
      return false;
    }
    event.name = std::move(std::get<std::string>(text));
    if (required && TypeNamed(event.name)) {
      Refuse(event.id, key, "is the name of a built-in event type");
      return false;
    }
    return true;
  }

  void Profile(const json::object& message, widget::Profile profile) {
    ProfileUpdate update;
    update.event_index = out_.events.size();  // the event is added right after
    if (const json::value* user = Find(message, "userId"); user && user->is_string()) {
      update.user_id = std::string(user->get_string());
    }
    if (const json::value* anon = Find(message, "anonymousId"); anon && anon->is_string()) {
      update.anonymous_id = std::string(anon->get_string());
    }
    update.profile = std::move(profile);
    out_.profiles.push_back(std::move(update));
  }

  bool ReadByType(const json::object& message, Event& event) {
    switch (event.type) {
      case EventType::kTrack:
        return Name(message, "event", true, event) && Props(message, "properties", event);
      case EventType::kPage:
      case EventType::kScreen:
        return Name(message, "name", false, event) && Props(message, "properties", event);
      case EventType::kIdentify:
        if (!Props(message, "traits", event)) return false;
        Profile(message, IdentifyProfile(Find(message, "traits")));
        return true;
      case EventType::kGroup: {
        const json::value* group = Find(message, "groupId");
        if (!group || !(group->is_string() || group->is_number())) {
          Refuse(event.id, "groupId", "is required");
          return false;
        }
        if (!Props(message, "traits", event)) return false;
        widget::Profile profile;
        profile.attributes = GroupAttributes(*group, Find(message, "traits"));
        Profile(message, std::move(profile));
        return true;
      }
      default:
        return true;  // alias: kept as an event, nothing else to do
    }
  }

  SegmentBatch& out_;
  std::string prefix_;
  std::int64_t now_;
  std::int64_t skew_;
};

// Segment's clock-skew correction: a client's sentAt against our receipt time moves its
// timestamps onto our clock.
std::int64_t Skew(const json::object& object, std::int64_t now) {
  std::optional<std::int64_t> sent_at = TimeField(object, "sentAt");
  return sent_at ? now - *sent_at : 0;
}

std::string WriteKeyOf(const json::object& object) {
  const json::value* key = Find(object, "writeKey");
  return key && key->is_string() ? std::string(key->get_string()) : std::string();
}

}  // namespace

std::variant<SegmentBatch, http::Problem> ReadSegment(SegmentCall call, std::string_view body,
                                                      std::int64_t now_ms) {
  const std::size_t limit = call == SegmentCall::kBatch ? kMaxRequestBytes : kMaxEventBytes;
  if (body.size() > limit) {
    return Bad("body", "is larger than " + std::to_string(limit / 1024) + " KB");
  }
  boost::system::error_code ec;
  json::value root = json::parse(body, ec);
  if (ec) return Bad("body", "is not valid JSON: " + ec.message());
  const json::object* object = root.if_object();
  if (!object) return Bad("body", "must be a JSON object");
  SegmentBatch out;
  out.write_key = WriteKeyOf(*object);
  const std::int64_t skew = Skew(*object, now_ms);
  if (auto type = TypeOfCall(call)) {
    MessageReader(out, "body", now_ms, skew).Read(*object, *type, body.size());
    return out;
  }
  const json::value* batch = Find(*object, "batch");
  if (!batch || !batch->is_array()) return Bad("batch", "must be a list of messages");
  const json::array& messages = batch->get_array();
  if (messages.size() > kMaxEventsPerRequest) {
    return Bad("batch", "may hold at most " + std::to_string(kMaxEventsPerRequest) + " messages");
  }
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const std::string prefix = "batch[" + std::to_string(i) + "]";
    const json::object* message = messages[i].if_object();
    std::optional<EventType> type = message ? TypeOfMessage(*message) : std::nullopt;
    if (!type) {
      out.rejected.push_back(
          {"", prefix + ".type", "must be one of: track, identify, page, screen, group, alias"});
      continue;
    }
    const std::int64_t own_skew = TimeField(*message, "sentAt") ? Skew(*message, now_ms) : skew;
    MessageReader(out, prefix, now_ms, own_skew)
        .Read(*message, *type, json::serialize(*message).size());
  }
  return out;
}

}  // namespace waymark::analytics
