#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

// Set-Cookie values for the cookies the server sets itself. They are always first-party,
// HttpOnly, Secure (browsers accept Secure cookies from http://localhost too) and
// SameSite=Lax, on Path=/.
namespace waymark::cookies {

// REQUIRES: `name` is a cookie-name token and `value` holds only cookie-octets (the
// server's values are URL-safe base64).
std::string SetCookie(std::string_view name, std::string_view value,
                      std::optional<std::chrono::seconds> max_age);

// A Set-Cookie value that makes the browser drop the cookie at once.
std::string ExpireCookie(std::string_view name);

}  // namespace waymark::cookies
