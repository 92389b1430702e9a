#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Identity verification: a project's servers sign each end-user id with the project's
// identity secret, and the widget's boot checks the signature, so nobody can claim to be
// another end-user from the browser console.
//
// The secret is derived from the server's key, the project and a generation that rotation
// bumps; it is never stored, so a copy of the database reveals none.
namespace waymark::content {

std::string IdentitySecret(std::string_view server_key, std::string_view project_id,
                           std::int64_t generation);

// Whether `user_hash` is the hex HMAC-SHA256 of `user_id` under `secret` (either case),
// compared in constant time.
bool VerifyUserHash(std::string_view secret, std::string_view user_id, std::string_view user_hash);

}  // namespace waymark::content
