#include "consent/consent_cookie.hpp"

#include "cookies/registry.hpp"
#include "core/crypto.hpp"

namespace waymark::consent {
namespace {

constexpr std::size_t kIdBytes = 16;
constexpr std::size_t kIdLength = 22;  // 16 bytes in unpadded base64
constexpr std::string_view kIdAlphabet =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
constexpr std::size_t kSignatureLength = 32;  // 128 bits in hex

std::string Signature(std::string_view consent_id, std::string_view key) {
  return crypto::HmacSha256Hex(key, consent_id).substr(0, kSignatureLength);
}

}  // namespace

std::string NewConsentId() {
  return crypto::RandomToken(kIdBytes);
}

std::string CookieKey(std::string_view server_key) {
  return crypto::HmacSha256Hex(server_key, "waymark consent cookie v1");
}

std::string SealConsentId(std::string_view consent_id, std::string_view key) {
  return std::string(consent_id) + "." + Signature(consent_id, key);
}

PresentedConsent ReadConsentCookie(std::optional<std::string_view> value, std::string_view key) {
  if (!value) return {};
  if (value->size() > cookies::Spec(cookies::CookieId::kConsent).max_bytes) {
    return {.problem = "The consent cookie is too long."};
  }
  const std::size_t dot = value->find('.');
  const std::string_view id = value->substr(0, dot);
  if (dot != kIdLength || value->size() != kIdLength + 1 + kSignatureLength ||
      id.find_first_not_of(kIdAlphabet) != std::string_view::npos) {
    return {.problem = "The consent cookie is malformed."};
  }
  if (!crypto::ConstantTimeEquals(value->substr(dot + 1), Signature(id, key))) {
    return {.problem = "The consent cookie was not issued by this server."};
  }
  return {.consent_id = std::string(id)};
}

}  // namespace waymark::consent
