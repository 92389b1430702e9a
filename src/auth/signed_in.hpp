#pragma once

#include "access/sessions.hpp"
#include "auth/auth.hpp"
#include "auth/users.hpp"
#include "http/response.hpp"

namespace waymark::auth {

// The answer to a sign-in (signup, login, password change): `{user, csrfToken}` and the
// new session's _JIMO_TOKEN cookie, a session cookie unless `remember`.
http::Response SignedIn(const Auth& auth, const User& user, const access::NewSession& session,
                        bool remember, http::StatusCode status);

// The Set-Cookie value that ends the session cookie in the browser.
std::string ExpiredSessionCookie(const Auth& auth);

}  // namespace waymark::auth
