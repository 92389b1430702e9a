#pragma once

#include <optional>
#include <string>
#include <string_view>

// The consent cookie's value: "<consent id>.<signature>". The id is 16 random bytes in
// URL-safe base64; the signature, the first 128 bits of HMAC-SHA-256 of the id under a key
// derived from the server key, so nobody can claim another visitor's record by guessing or
// forging an id. The choice itself stays on the server.
namespace waymark::consent {

std::string NewConsentId();

// The key consent cookies are signed with, derived from the server key.
std::string CookieKey(std::string_view server_key);

std::string SealConsentId(std::string_view consent_id, std::string_view key);

// What a request's consent cookie turned out to be: nothing, a genuine id, or a problem
// (oversized, malformed, forged) to answer 400 with.
struct PresentedConsent {
  std::optional<std::string> consent_id;
  std::string problem;  // empty unless the cookie is bad
};
PresentedConsent ReadConsentCookie(std::optional<std::string_view> value, std::string_view key);

}  // namespace waymark::consent
