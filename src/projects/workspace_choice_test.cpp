#include "projects/workspace_choice.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::projects {
namespace {

using access::Role;

const std::vector<Membership> kMemberships{
    {"owned", Role::kOwner}, {"administered", Role::kAdmin}, {"edited", Role::kEditor}};

TEST(ChooseWorkspaceTest, ANamedWorkspaceTheCallerAdministersIsChosen) {
  WorkspaceChoice choice = ChooseWorkspace(kMemberships, "administered");
  EXPECT_EQ(choice.outcome, Choice::kChosen);
  EXPECT_EQ(choice.workspace_id, "administered");
  EXPECT_EQ(choice.role, Role::kAdmin);
  EXPECT_EQ(ChooseWorkspace(kMemberships, "owned").role, Role::kOwner);
}

TEST(ChooseWorkspaceTest, ANamedWorkspaceBelowAdminIsForbidden) {
  EXPECT_EQ(ChooseWorkspace(kMemberships, "edited").outcome, Choice::kRoleTooLow);
}

TEST(ChooseWorkspaceTest, ANamedWorkspaceOutsideTheCallersIsNotFound) {
  EXPECT_EQ(ChooseWorkspace(kMemberships, "elsewhere").outcome, Choice::kNoSuchWorkspace);
  EXPECT_EQ(ChooseWorkspace({}, "owned").outcome, Choice::kNoSuchWorkspace);
}

TEST(ChooseWorkspaceTest, UnnamedTakesTheOnlyAdministeredWorkspace) {
  const std::vector<Membership> one{{"edited", Role::kEditor}, {"owned", Role::kOwner}};
  WorkspaceChoice choice = ChooseWorkspace(one, std::nullopt);
  EXPECT_EQ(choice.outcome, Choice::kChosen);
  EXPECT_EQ(choice.workspace_id, "owned");
  EXPECT_EQ(choice.role, Role::kOwner);
}

TEST(ChooseWorkspaceTest, UnnamedWithNoneAdministeredIsForbidden) {
  const std::vector<Membership> none{{"edited", Role::kEditor}, {"viewed", Role::kViewer}};
  EXPECT_EQ(ChooseWorkspace(none, std::nullopt).outcome, Choice::kNoneAdministered);
  EXPECT_EQ(ChooseWorkspace({}, std::nullopt).outcome, Choice::kNoneAdministered);
}

TEST(ChooseWorkspaceTest, UnnamedWithSeveralAdministeredIsAmbiguous) {
  EXPECT_EQ(ChooseWorkspace(kMemberships, std::nullopt).outcome, Choice::kAmbiguous);
}

}  // namespace
}  // namespace waymark::projects
