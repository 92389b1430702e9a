#include "workspaces/invitations.hpp"

#include <gtest/gtest.h>

namespace waymark::workspaces {
namespace {

constexpr std::int64_t kIssued = 1'000'000;
constexpr std::int64_t kExpires = kIssued + kInvitationLifetimeSeconds;

TEST(InvitationStateTest, PendingUntilItExpires) {
  InvitationState fresh{kExpires, std::nullopt, std::nullopt};
  EXPECT_TRUE(IsPending(fresh, kIssued));
  EXPECT_TRUE(IsPending(fresh, kExpires - 1));
  EXPECT_FALSE(IsPending(fresh, kExpires));
}

TEST(InvitationStateTest, UsedOrRevokedIsNoLongerPending) {
  EXPECT_FALSE(IsPending({kExpires, kIssued + 5, std::nullopt}, kIssued + 10));
  EXPECT_FALSE(IsPending({kExpires, std::nullopt, kIssued + 5}, kIssued + 10));
}

TEST(InvitationStateTest, LastsSevenDays) {
  EXPECT_EQ(kInvitationLifetimeSeconds, 7 * 24 * 60 * 60);
}

}  // namespace
}  // namespace waymark::workspaces
