#include "webhooks/signature.hpp"

#include "core/crypto.hpp"

namespace waymark::webhooks {

std::string SigningSecret(std::string_view server_key, std::string_view webhook_id,
                          std::int64_t generation) {
  // A label of its own, so that no webhook secret can equal a project's identity secret.
  std::string label = "waymark webhook secret\n";
  label.append(webhook_id).append("\n").append(std::to_string(generation));
  return "wm_whsec_" + crypto::HmacSha256Hex(server_key, label);
}

std::string SignatureHeader(std::string_view secret, std::int64_t unix_seconds,
                            std::string_view body) {
  const std::string t = std::to_string(unix_seconds);
  std::string signed_text = t;
  signed_text.append(".").append(body);
  return "t=" + t + ",v1=" + crypto::HmacSha256Hex(secret, signed_text);
}

}  // namespace waymark::webhooks
