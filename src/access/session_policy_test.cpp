#include "access/session_policy.hpp"

#include <gtest/gtest.h>

namespace waymark::access {
namespace {

using std::chrono::seconds;
constexpr seconds kIdle{3600};

TEST(SessionPolicy, AliveWhileUsedBeforeItsEnd) {
  SessionTimes s{.last_seen_at = 1000, .expires_at = 100000};
  EXPECT_TRUE(SessionAlive(s, 1000, kIdle));
  EXPECT_TRUE(SessionAlive(s, 1000 + 3599, kIdle));
}

TEST(SessionPolicy, EndsWhenIdleTooLong) {
  SessionTimes s{.last_seen_at = 1000, .expires_at = 100000};
  EXPECT_FALSE(SessionAlive(s, 1000 + 3600, kIdle));
}

TEST(SessionPolicy, EndsAtItsAbsoluteLifetimeEvenWhenBusy) {
  SessionTimes s{.last_seen_at = 99999, .expires_at = 100000};
  EXPECT_FALSE(SessionAlive(s, 100000, kIdle));
}

TEST(SessionPolicy, RevokedIsDead) {
  SessionTimes s{.last_seen_at = 1000, .expires_at = 100000, .revoked_at = 1001};
  EXPECT_FALSE(SessionAlive(s, 1002, kIdle));
}

TEST(SessionPolicy, TouchAtMostOnceAMinute) {
  EXPECT_FALSE(NeedsTouch(1000, 1059));
  EXPECT_TRUE(NeedsTouch(1000, 1060));
}

TEST(SessionPolicy, CookieIsASessionCookieUnlessRemembered) {
  EXPECT_EQ(SessionCookieMaxAge(false, seconds(86400 * 30)), std::nullopt);
  EXPECT_EQ(SessionCookieMaxAge(true, seconds(86400 * 90)), seconds(86400 * 30));
  EXPECT_EQ(SessionCookieMaxAge(true, seconds(86400)), seconds(86400));
}

}  // namespace
}  // namespace waymark::access
