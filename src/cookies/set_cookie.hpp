#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "cookies/registry.hpp"

// Set-Cookie values for the cookies the server sets itself, with the attributes the
// registry gives its writer (AttributesOf(Writer::kServer)): first-party, HttpOnly, Secure
// (browsers accept Secure cookies from http://localhost too) and SameSite=Lax, on Path=/.
namespace waymark::cookies {

// REQUIRES: `name` is a cookie-name token and `value` holds only cookie-octets (the
// server's values are URL-safe base64).
std::string SetCookie(std::string_view name, std::string_view value,
                      std::optional<std::chrono::seconds> max_age);

// A Set-Cookie value that makes the browser drop the cookie at once. A cookie a script
// wrote is dropped with that writer's attributes: a Secure deletion from a plain-http page
// would be refused, and the cookie kept.
std::string ExpireCookie(std::string_view name, Writer writer = Writer::kServer);

}  // namespace waymark::cookies
