#include "workspaces/role_rules.hpp"

#include <gtest/gtest.h>

namespace waymark::workspaces {
namespace {

using access::Role;

TEST(RoleRulesTest, AdminManagesTheRolesBelowOwner) {
  EXPECT_EQ(CheckRoleChange(Role::kAdmin, Role::kViewer, Role::kEditor, 1), RoleVerdict::kAllow);
  EXPECT_EQ(CheckRoleChange(Role::kAdmin, Role::kEditor, Role::kAdmin, 1), RoleVerdict::kAllow);
  EXPECT_EQ(CheckRoleChange(Role::kAdmin, Role::kAdmin, Role::kViewer, 1), RoleVerdict::kAllow);
  EXPECT_EQ(CheckRemoval(Role::kAdmin, Role::kEditor, 1), RoleVerdict::kAllow);
}

TEST(RoleRulesTest, OnlyAnOwnerTouchesTheOwnerRole) {
  EXPECT_EQ(CheckRoleChange(Role::kAdmin, Role::kEditor, Role::kOwner, 2), RoleVerdict::kForbidden);
  EXPECT_EQ(CheckRoleChange(Role::kAdmin, Role::kOwner, Role::kAdmin, 2), RoleVerdict::kForbidden);
  EXPECT_EQ(CheckRemoval(Role::kAdmin, Role::kOwner, 2), RoleVerdict::kForbidden);
  EXPECT_EQ(CheckRoleChange(Role::kOwner, Role::kEditor, Role::kOwner, 1), RoleVerdict::kAllow);
  EXPECT_EQ(CheckRoleChange(Role::kOwner, Role::kOwner, Role::kAdmin, 2), RoleVerdict::kAllow);
  EXPECT_EQ(CheckRemoval(Role::kOwner, Role::kOwner, 2), RoleVerdict::kAllow);
}

TEST(RoleRulesTest, BelowAdminNobodyManagesRoles) {
  EXPECT_EQ(CheckRoleChange(Role::kEditor, Role::kViewer, Role::kEditor, 1),
            RoleVerdict::kForbidden);
  EXPECT_EQ(CheckRemoval(Role::kViewer, Role::kViewer, 1), RoleVerdict::kForbidden);
}

TEST(RoleRulesTest, TheLastOwnerStays) {
  EXPECT_EQ(CheckRoleChange(Role::kOwner, Role::kOwner, Role::kAdmin, 1), RoleVerdict::kLastOwner);
  EXPECT_EQ(CheckRemoval(Role::kOwner, Role::kOwner, 1), RoleVerdict::kLastOwner);
  // Keeping the last owner an owner changes nothing, so it is not refused.
  EXPECT_EQ(CheckRoleChange(Role::kOwner, Role::kOwner, Role::kOwner, 1), RoleVerdict::kAllow);
}

TEST(RoleRulesTest, InvitationsGrantWhatARoleChangeWould) {
  EXPECT_TRUE(MayGrant(Role::kOwner, Role::kOwner));
  EXPECT_FALSE(MayGrant(Role::kAdmin, Role::kOwner));
  EXPECT_TRUE(MayGrant(Role::kAdmin, Role::kAdmin));
  EXPECT_TRUE(MayGrant(Role::kAdmin, Role::kViewer));
  EXPECT_FALSE(MayGrant(Role::kEditor, Role::kViewer));
}

}  // namespace
}  // namespace waymark::workspaces
