#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/json_fields.hpp"

namespace waymark::webhooks {

// What a create or update body asks to change; unset: leave as it is.
struct WebhookChanges {
  std::optional<std::string> url;
  std::optional<std::vector<std::string>> events;  // known, each once, in the order given
  std::optional<bool> active;
};

// Reads `url` (webhooks/target_url.hpp), `events` (a non-empty list of the names in
// kSubscribableEvents) and `active` (true or false), recording an error per field at
// fault; `creating` makes url and events required. Unless `allow_private_networks`, a URL
// whose host is an address inside a private network is refused (NonPublicHostRefusal).
WebhookChanges ReadWebhookChanges(http::JsonFields& fields, bool creating,
                                  bool allow_private_networks);

}  // namespace waymark::webhooks
