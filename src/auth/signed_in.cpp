#include "auth/signed_in.hpp"

#include <boost/json/serialize.hpp>

#include "access/csrf.hpp"
#include "access/session_policy.hpp"
#include "cookies/set_cookie.hpp"

namespace waymark::auth {

http::Response SignedIn(const Auth& auth, const User& user, const access::NewSession& session,
                        bool remember, http::StatusCode status) {
  boost::json::object body{{"user", UserJson(user)},
                           {"csrfToken", access::CsrfToken(session.token)}};
  http::Response response = http::Response::Json(boost::json::serialize(body), status);
  response.SetHeader(
      "Set-Cookie",
      cookies::SetCookie(auth.options.cookie_names.Name(cookies::CookieId::kToken), session.token,
                         access::SessionCookieMaxAge(remember, auth.options.session_lifetime)));
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

std::string ExpiredSessionCookie(const Auth& auth) {
  return cookies::ExpireCookie(auth.options.cookie_names.Name(cookies::CookieId::kToken));
}

}  // namespace waymark::auth
