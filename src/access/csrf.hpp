#pragma once

#include <string>
#include <string_view>

#include "http/request.hpp"

// Defences against cross-site request forgery for cookie-authenticated calls: a security
// token the page must echo in X-CSRF-Token, and the Origin header.
namespace waymark::access {

// The session's CSRF token. It derives from the session token by HMAC, so it needs no
// storage, differs per session, and cannot be computed without the HttpOnly cookie.
std::string CsrfToken(std::string_view session_token);

// Whether `presented` (the X-CSRF-Token header) is the session's token; constant time.
bool CsrfMatches(std::string_view presented, std::string_view session_token);

// Whether the method changes state, and so needs the checks above.
bool IsMutation(http::Verb method);

// Whether a request carrying `origin` may change state here: no Origin (not a browser, or
// one that does not send it), the configured public origin, or the origin whose
// host[:port] is the request's own Host. "null" (sandboxed frames, some redirects) and
// every other site are refused.
bool OriginAllowed(std::string_view origin, std::string_view host, std::string_view public_origin);

// "https://example.com:8443" from a public URL that may carry a path.
std::string OriginOf(std::string_view url);

}  // namespace waymark::access
