#include "access/session_policy.hpp"

#include <algorithm>

#include "cookies/registry.hpp"

namespace waymark::access {

bool SessionAlive(const SessionTimes& session, std::int64_t now,
                  std::chrono::seconds idle_timeout) {
  if (session.revoked_at) return false;
  if (now >= session.expires_at) return false;
  return now - session.last_seen_at < idle_timeout.count();
}

std::optional<std::chrono::seconds> SessionCookieMaxAge(bool remember,
                                                        std::chrono::seconds lifetime) {
  if (!remember) return cookies::Spec(cookies::CookieId::kToken).max_age;
  return std::min(*cookies::Spec(cookies::CookieId::kToken).extended_max_age, lifetime);
}

}  // namespace waymark::access
