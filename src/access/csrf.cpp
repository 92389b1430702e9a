#include "access/csrf.hpp"

#include "core/crypto.hpp"

namespace waymark::access {

std::string CsrfToken(std::string_view session_token) {
  return crypto::HmacSha256Hex(session_token, "waymark csrf v1");
}

bool CsrfMatches(std::string_view presented, std::string_view session_token) {
  return crypto::ConstantTimeEquals(presented, CsrfToken(session_token));
}

bool IsMutation(http::Verb method) {
  return method == http::Verb::post || method == http::Verb::put || method == http::Verb::patch ||
         method == http::Verb::delete_;
}

bool OriginAllowed(std::string_view origin, std::string_view host, std::string_view public_origin) {
  if (origin.empty()) return true;
  if (origin == public_origin) return true;
  std::size_t scheme_end = origin.find("://");
  if (scheme_end == std::string_view::npos) return false;
  std::string_view scheme = origin.substr(0, scheme_end);
  if (scheme != "http" && scheme != "https") return false;
  return !host.empty() && origin.substr(scheme_end + 3) == host;
}

std::string OriginOf(std::string_view url) {
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  std::size_t path = url.find('/', scheme_end + 3);
  return std::string(url.substr(0, path));
}

}  // namespace waymark::access
