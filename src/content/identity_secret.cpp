#include "content/identity_secret.hpp"

#include <algorithm>
#include <cctype>

#include "core/crypto.hpp"

namespace waymark::content {

std::string IdentitySecret(std::string_view server_key, std::string_view project_id,
                           std::int64_t generation) {
  std::string label = "waymark identity secret\n";
  label.append(project_id).append("\n").append(std::to_string(generation));
  return "wm_is_" + crypto::HmacSha256Hex(server_key, label);
}

bool VerifyUserHash(std::string_view secret, std::string_view user_id, std::string_view user_hash) {
  std::string given(user_hash);
  std::transform(given.begin(), given.end(), given.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return crypto::ConstantTimeEquals(crypto::HmacSha256Hex(secret, user_id), given);
}

}  // namespace waymark::content
