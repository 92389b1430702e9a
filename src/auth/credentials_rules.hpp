#pragma once

#include <optional>
#include <string>
#include <string_view>

// What makes an acceptable email address and password, checked before any work is done.
namespace waymark::auth {

inline constexpr std::size_t kMaxEmailBytes = 254;  // RFC 5321's path limit, less <>
inline constexpr std::size_t kMinPasswordChars = 8;
// argon2id takes any length, but there is no reason to hash a megabyte per attempt.
inline constexpr std::size_t kMaxPasswordBytes = 128;

// The address as stored and looked up: trimmed and lowercased (ASCII only, so "İ" and
// friends never fold onto another user's address). nullopt when it is not one address:
// exactly one '@', a non-empty local part of at most 64 bytes, a dotted domain of
// letters, digits and hyphens, no spaces, quotes or angle brackets.
std::optional<std::string> NormalizeEmail(std::string_view email);

// Why `password` is refused, or nullopt when it is acceptable.
std::optional<std::string> PasswordProblem(std::string_view password);

}  // namespace waymark::auth
