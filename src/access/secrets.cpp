#include "access/secrets.hpp"

#include "core/crypto.hpp"

namespace waymark::access {

IssuedSecret IssueSecret(std::string_view prefix) {
  IssuedSecret secret;
  secret.token = std::string(prefix) + crypto::RandomToken(32);
  secret.digest = SecretDigest(secret.token);
  secret.hint = secret.token.substr(0, prefix.size() + 4) + "\u2026";
  return secret;
}

std::string SecretDigest(std::string_view token) {
  return crypto::DigestHex(token);
}

}  // namespace waymark::access
