#include "analytics/event_rules.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <optional>

namespace waymark::analytics {
namespace {

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool HasControl(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

}  // namespace

Checked<std::string> CanonicalUuid(std::string_view text) {
  static constexpr std::string_view kShape = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
  if (text.size() != kShape.size()) return Refused{"must be a UUID"};
  std::string uuid(text);
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const bool dash = kShape[i] == '-';
    if (dash ? uuid[i] != '-' : !IsHex(uuid[i])) return Refused{"must be a UUID"};
    if (uuid[i] >= 'A' && uuid[i] <= 'F') uuid[i] = static_cast<char>(uuid[i] - 'A' + 'a');
  }
  return uuid;
}

Checked<std::int64_t> ClampTime(std::int64_t ts, std::int64_t now) {
  if (ts < now - kMaxAgeMs) return Refused{"is more than 30 days old"};
  if (ts > now + kMaxAheadMs) return Refused{"is more than a day in the future"};
  return ts > now ? now : ts;
}

namespace {

// PlainText's checks, without the copy.
std::optional<Refused> PlainTextFault(const boost::json::value& value, std::size_t max) {
  const auto* text = value.if_string();
  if (text == nullptr) return Refused{"must be a string"};
  if (text->empty()) return Refused{"must not be empty"};
  if (text->size() > max) return Refused{"must be at most " + std::to_string(max) + " bytes"};
  if (HasControl(*text)) return Refused{"must not hold control characters"};
  return std::nullopt;
}

}  // namespace

Checked<std::string> PlainText(const boost::json::value& value, std::size_t max) {
  if (auto fault = PlainTextFault(value, max)) return std::move(*fault);
  return std::string(value.get_string());
}

Checked<std::string> ObjectId(const boost::json::value& value) {
  const auto* text = value.if_string();
  auto allowed = [](char c) {  // ASCII, whatever the locale
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  };
  if (text == nullptr || text->empty() || text->size() > 64 ||
      !std::all_of(text->begin(), text->end(), allowed)) {
    return Refused{"must be an id (letters, digits, - and _, at most 64)"};
  }
  return std::string(*text);
}

Checked<std::string> UserKey(const boost::json::value* user_id,
                             const boost::json::value* anonymous_id) {
  const bool has_user = user_id != nullptr && !user_id->is_null();
  const bool has_anonymous = anonymous_id != nullptr && !anonymous_id->is_null();
  if (!has_user && !has_anonymous) return Refused{"userId or anonymousId is required"};
  const boost::json::value& id = has_user ? *user_id : *anonymous_id;
  if (auto fault = PlainTextFault(id, 256)) return std::move(*fault);
  std::string key(has_user ? "u:" : "a:");
  key += id.get_string();
  return key;
}

Checked<std::string> PropsText(const boost::json::value& value) {
  if (!value.is_object()) return Refused{"must be an object"};
  return boost::json::serialize(value);
}

}  // namespace waymark::analytics
