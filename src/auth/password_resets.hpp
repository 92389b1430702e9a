#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"

// Password-reset tokens: random, stored as digests, valid for one hour and one use.
namespace waymark::auth {

inline constexpr std::int64_t kResetLifetimeSeconds = 3600;

// A new reset token for `user_id`.
Result<std::string> IssueReset(store::Transaction& tx, std::string_view user_id, std::int64_t now);

// The user whose password `token` may reset; it and every other outstanding token of that
// user are used up. NotFound when the token is unknown, used or expired.
Result<std::string> ConsumeReset(store::Transaction& tx, std::string_view token, std::int64_t now);

// Where the dashboard lets the owner of `token` choose a new password.
std::string ResetLink(std::string_view public_url, std::string_view token);

}  // namespace waymark::auth
