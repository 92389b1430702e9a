#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "webhooks/delivery_store.hpp"

// What a delivery sends, and what of the answer it keeps.
namespace waymark::webhooks {

using Headers = std::vector<std::pair<std::string, std::string>>;

inline constexpr std::string_view kUserAgent = "Waymark-Webhooks/1.0";
// The start of a receiver's answer that the delivery log keeps.
inline constexpr std::size_t kKeptResponseBytes = 4096;

// The body, the same at every attempt: {"id": the delivery's id, "type": the event,
// "createdAt": ISO 8601, "projectId", "data": the event's data}.
std::string DeliveryBody(const Delivery& delivery);

// The headers of an attempt made at `unix_seconds`: Content-Type, User-Agent,
// Waymark-Signature (signature.hpp), Waymark-Webhook-Id, Waymark-Delivery-Id, Waymark-Event.
Headers DeliveryHeaders(const Delivery& delivery, std::string_view secret,
                        std::int64_t unix_seconds, std::string_view body);

// At most kKeptResponseBytes of `answer` as valid UTF-8 (a byte that starts no character
// becomes U+FFFD), cut between characters, so that the log shows it as JSON text.
std::string KeptResponse(std::string_view answer);

}  // namespace waymark::webhooks
