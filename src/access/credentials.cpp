#include "access/credentials.hpp"

#include <boost/algorithm/string/predicate.hpp>

#include "access/secrets.hpp"
#include "cookies/cookie_header.hpp"

namespace waymark::access {

PresentedCredential ReadCredential(std::string_view authorization, std::string_view cookie_header,
                                   std::string_view session_cookie_name) {
  PresentedCredential credential;
  if (!authorization.empty()) {
    constexpr std::string_view kScheme = "Bearer ";
    if (!boost::algorithm::istarts_with(authorization, kScheme)) {
      credential.malformed = true;
      return credential;
    }
    std::string_view token = authorization.substr(kScheme.size());
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
    credential.token = token;
    if (token.starts_with(kSecretKeyPrefix)) {
      credential.kind = CredentialKind::kSecretKey;
    } else if (token.starts_with(kExtensionTokenPrefix)) {
      credential.kind = CredentialKind::kExtensionToken;
    } else {
      credential.malformed = true;
    }
    return credential;
  }
  auto session = cookies::FindCookie(cookie_header, session_cookie_name);
  if (session && !session->empty() && !session->starts_with(kEndUserTokenPrefix)) {
    credential.kind = CredentialKind::kSession;
    credential.token = *session;
  }
  return credential;
}

}  // namespace waymark::access
