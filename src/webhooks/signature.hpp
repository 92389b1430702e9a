#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// How receivers know a request comes from this server and was made just now: each
// delivery carries `Waymark-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` of
// "<t>.<body>" under the webhook's secret (docs/webhooks.md shows how to check it).
namespace waymark::webhooks {

// A webhook's signing secret, derived from the server's key, the webhook and a generation
// that rotation bumps, so that no secret sits in the database; shown as "wm_whsec_<hex>",
// and used as a key exactly as shown (its bytes, prefix included).
std::string SigningSecret(std::string_view server_key, std::string_view webhook_id,
                          std::int64_t generation);

// The value of the Waymark-Signature header for `body` sent at `unix_seconds`.
std::string SignatureHeader(std::string_view secret, std::int64_t unix_seconds,
                            std::string_view body);

}  // namespace waymark::webhooks
