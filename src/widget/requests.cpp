#include "widget/requests.hpp"

#include <boost/json/serialize.hpp>

namespace waymark::widget {
namespace {

constexpr http::TextRule kKeyRule{.min_length = 1, .max_length = 100};
constexpr http::TextRule kIdRule{.min_length = 1, .max_length = 64};
constexpr http::TextRule kUserIdRule{.min_length = 1, .max_length = 255};
constexpr http::TextRule kTokenRule{.max_length = 100};
constexpr http::TextRule kUrlRule{.max_length = 2048};

// Attribute values are what conditions compare: strings, numbers, booleans, null, or lists
// of those; nested objects have no meaning to targeting.
bool IsAttributeValue(const boost::json::value& value, bool in_list = false) {
  if (value.is_object()) return false;
  if (!value.is_array()) return true;
  if (in_list) return false;
  for (const auto& item : value.get_array()) {
    if (!IsAttributeValue(item, true)) return false;
  }
  return true;
}

std::optional<boost::json::object> ReadAttributes(http::JsonFields& fields) {
  auto attributes = fields.OptionalObject("attributes");
  if (!attributes) return std::nullopt;
  if (attributes->size() > kMaxAttributes) {
    fields.Fail("attributes", "may hold at most " + std::to_string(kMaxAttributes) + " names");
    return std::nullopt;
  }
  for (const auto& [name, value] : *attributes) {
    if (name.empty() || name.size() > 100) {
      fields.Fail("attributes", "has a name that is empty or longer than 100 characters");
      return std::nullopt;
    }
    if (!IsAttributeValue(value)) {
      fields.Fail("attributes." + std::string(name),
                  "must be a string, number, boolean, null or a list of those");
      return std::nullopt;
    }
  }
  if (boost::json::serialize(*attributes).size() > kMaxAttributesBytes) {
    fields.Fail("attributes", "must be at most 16 KB of JSON");
    return std::nullopt;
  }
  return attributes;
}

Profile ReadProfile(http::JsonFields& fields) {
  Profile profile;
  profile.email = fields.OptionalText("email", {.max_length = 320});
  profile.name = fields.OptionalText("name", {.max_length = 200});
  profile.attributes = ReadAttributes(fields);
  profile.remove_unspecified = fields.Bool("removeUnspecified", false);
  return profile;
}

std::optional<Identity> ReadIdentity(http::JsonFields& fields) {
  auto object = fields.OptionalObject("user");
  if (!object) return std::nullopt;
  http::JsonFields user = http::JsonFields::Of(std::move(*object), "user.");
  Identity identity;
  identity.id = user.Text("id", kUserIdRule);
  identity.hash = user.OptionalText("hash", {.max_length = 128}).value_or("");
  identity.profile = ReadProfile(user);
  user.RejectOthers();
  fields.Absorb(user);
  return identity;
}

State ReadNestedState(http::JsonFields& fields) {
  auto object = fields.OptionalObject("state");
  if (!object) return {};
  http::JsonFields nested = http::JsonFields::Of(std::move(*object), "state.");
  State state = ReadState(nested);
  nested.RejectOthers();
  fields.Absorb(nested);
  return state;
}

SessionRef ReadSession(http::JsonFields& fields) {
  return {fields.Text("projectId", kKeyRule),
          fields.Text("token", {.min_length = 1, .max_length = 100})};
}

}  // namespace

BootRequest ReadBoot(http::JsonFields& fields) {
  if (!fields.ok()) return {};  // the only error is the body's
  BootRequest boot;
  boot.project_key = fields.Text("projectId", kKeyRule);
  boot.anonymous_id = fields.OptionalText("anonymousId", kIdRule).value_or("");
  boot.token = fields.OptionalText("token", kTokenRule).value_or("");
  boot.user = ReadIdentity(fields);
  boot.language = fields.OptionalText("language", {.max_length = 35}).value_or("");
  boot.url = fields.OptionalText("url", kUrlRule).value_or("");
  boot.state = ReadNestedState(fields);
  if (!boot.user && boot.anonymous_id.empty() && boot.token.empty()) {
    fields.Fail("anonymousId", "is required for an end-user who is not identified");
  }
  return boot;
}

InteractionsRequest ReadInteractions(http::JsonFields& fields) {
  if (!fields.ok()) return {};  // the only error is the body's
  InteractionsRequest request;
  request.session = ReadSession(fields);
  request.url = fields.OptionalText("url", kUrlRule).value_or("");
  request.state = ReadNestedState(fields);
  if (auto object = fields.OptionalObject("trigger")) {
    http::JsonFields nested = http::JsonFields::Of(std::move(*object), "trigger.");
    request.trigger =
        Trigger{nested.Text("interactionId", kIdRule), nested.Bool("ignoreRecurrence", false)};
    nested.RejectOthers();
    fields.Absorb(nested);
  }
  return request;
}

StateRequest ReadStateChange(http::JsonFields& fields) {
  if (!fields.ok()) return {};  // the only error is the body's
  StateRequest request;
  request.session = ReadSession(fields);
  request.state = ReadState(fields);
  if (fields.Bool("reset", false)) {
    request.forget = Forget::kEverything;
  } else if (fields.Bool("resetLastOpened", false)) {
    request.forget = Forget::kLastOpened;
  }
  return request;
}

UserRequest ReadUser(http::JsonFields& fields) {
  if (!fields.ok()) return {};  // the only error is the body's
  UserRequest request;
  request.session = ReadSession(fields);
  request.profile = ReadProfile(fields);
  return request;
}

ReactionRequest ReadReaction(http::JsonFields& fields) {
  if (!fields.ok()) return {};  // the only error is the body's
  ReactionRequest request;
  request.session = ReadSession(fields);
  request.post_id = fields.Text("postId", kIdRule);
  auto reaction = fields.OptionalChoice("reaction", {"like", "heart", "party", "idea"});
  if (!reaction && fields.OptionalValue("reaction") == nullptr) {
    fields.Fail("reaction", "is required");
  }
  request.reaction = reaction.value_or("");
  request.on = fields.Bool("on", true);
  return request;
}

}  // namespace waymark::widget
