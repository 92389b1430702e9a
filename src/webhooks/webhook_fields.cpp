#include "webhooks/webhook_fields.hpp"

#include <algorithm>
#include <variant>

#include "webhooks/events.hpp"
#include "webhooks/target_url.hpp"

namespace waymark::webhooks {
namespace {

std::optional<std::string> ReadUrl(http::JsonFields& fields, bool creating,
                                   bool allow_private_networks) {
  const http::TextRule rule{.min_length = 1, .max_length = kMaxUrlBytes};
  std::optional<std::string> url =
      creating ? std::optional(fields.Text("url", rule)) : fields.OptionalText("url", rule);
  if (!url || url->empty()) return std::nullopt;  // Text recorded why
  auto parsed = ParseTargetUrl(*url);
  if (const auto* why = std::get_if<std::string>(&parsed)) {
    fields.Fail("url", *why);
    return std::nullopt;
  }
  if (allow_private_networks) return url;
  if (auto refusal = NonPublicHostRefusal(std::get<TargetUrl>(parsed))) {
    fields.Fail("url", *refusal);
    return std::nullopt;
  }
  return url;
}

std::optional<std::vector<std::string>> ReadEvents(http::JsonFields& fields, bool creating) {
  auto names = fields.OptionalTextList("events", {.min_length = 1, .max_length = 64}, 10);
  if (!names) {
    const boost::json::value* given = fields.OptionalValue("events");
    if (creating && (given == nullptr || given->is_null())) fields.Fail("events", "is required");
    return std::nullopt;
  }
  std::vector<std::string> events;
  for (const std::string& name : *names) {
    if (!IsSubscribable(name)) {
      std::string known;
      for (std::string_view event : kSubscribableEvents) {
        known.append(known.empty() ? "" : ", ").append(event);
      }
      fields.Fail("events", "holds \"" + name + "\", which is not one of: " + known);
      return std::nullopt;
    }
    if (std::find(events.begin(), events.end(), name) == events.end()) events.push_back(name);
  }
  if (events.empty()) {
    fields.Fail("events", "must name at least one event");
    return std::nullopt;
  }
  return events;
}

std::optional<bool> ReadActive(http::JsonFields& fields) {
  const boost::json::value* active = fields.OptionalValue("active");
  if (active == nullptr || active->is_null()) return std::nullopt;
  if (!active->is_bool()) {
    fields.Fail("active", "must be true or false");
    return std::nullopt;
  }
  return active->get_bool();
}

}  // namespace

WebhookChanges ReadWebhookChanges(http::JsonFields& fields, bool creating,
                                  bool allow_private_networks) {
  WebhookChanges changes;
  changes.url = ReadUrl(fields, creating, allow_private_networks);
  changes.events = ReadEvents(fields, creating);
  changes.active = ReadActive(fields);
  return changes;
}

}  // namespace waymark::webhooks
