#pragma once

#include <string_view>

#include "access/access.hpp"

namespace waymark::access {

struct PresentedCredential {
  CredentialKind kind = CredentialKind::kNone;
  std::string_view token;
  // An Authorization header that is not a bearer token this server issues: answered 401,
  // never silently ignored in favour of a cookie.
  bool malformed = false;
};

// Which credential a request presents. `Authorization: Bearer` (a secret key or an
// extension token, told apart by their prefixes) wins over the session cookie, so
// scripts are never confused by a browser's ambient cookie.
PresentedCredential ReadCredential(std::string_view authorization, std::string_view cookie_header,
                                   std::string_view session_cookie_name);

}  // namespace waymark::access
