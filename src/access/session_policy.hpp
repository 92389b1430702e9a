#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

// When a maker's session ends. Pure, so every edge is a unit test.
namespace waymark::access {

struct SessionTimes {
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;  // the absolute end, fixed at sign-in
  std::optional<std::int64_t> revoked_at;
};

// A session is alive until it is revoked, reaches its absolute end, or goes unused for
// `idle_timeout`.
bool SessionAlive(const SessionTimes& session, std::int64_t now, std::chrono::seconds idle_timeout);

// last_seen_at is written at most once a minute per session, so a busy dashboard does not
// turn every read into a write.
inline constexpr std::int64_t kTouchEverySeconds = 60;
inline bool NeedsTouch(std::int64_t last_seen_at, std::int64_t now) {
  return now - last_seen_at >= kTouchEverySeconds;
}

// The cookie's Max-Age: none (a session cookie) unless the maker asked to be remembered,
// then 30 days, or the configured lifetime when that is shorter.
std::optional<std::chrono::seconds> SessionCookieMaxAge(bool remember,
                                                        std::chrono::seconds lifetime);

}  // namespace waymark::access
