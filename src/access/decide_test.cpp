#include "access/decide.hpp"

#include <gtest/gtest.h>

namespace waymark::access {
namespace {

constexpr Access kAdminProject{.scope = Scope::kProject, .role = Role::kAdmin};
constexpr Access kBuilderProject{
    .scope = Scope::kProject, .role = Role::kEditor, .secret_key = true, .extension = true};

TEST(Decide, PublicRoutesAdmitEveryone) {
  EXPECT_EQ(Decide({}, CredentialKind::kNone, {}), Verdict::kAllow);
}

TEST(Decide, UserRoutesAdmitSessionsOnlyUnlessTheyAllowExtensions) {
  Access user{.scope = Scope::kUser};
  EXPECT_EQ(Decide(user, CredentialKind::kSession, {}), Verdict::kAllow);
  EXPECT_EQ(Decide(user, CredentialKind::kSecretKey, {}), Verdict::kForbidden);
  EXPECT_EQ(Decide(user, CredentialKind::kExtensionToken, {}), Verdict::kForbidden);
  user.extension = true;
  EXPECT_EQ(Decide(user, CredentialKind::kExtensionToken, {}), Verdict::kAllow);
}

TEST(Decide, InstanceRoutesAdmitTheOperatorsSessionsFromTheRoutesRoleUp) {
  for (Role needed : {Role::kAdmin, Role::kOwner}) {
    const Access instance{.scope = Scope::kInstance, .role = needed};
    for (Role role : {Role::kViewer, Role::kEditor, Role::kAdmin, Role::kOwner}) {
      const Verdict expected = AtLeast(role, needed) ? Verdict::kAllow : Verdict::kForbidden;
      EXPECT_EQ(Decide(instance, CredentialKind::kSession, {.instance_role = role}), expected)
          << RoleName(role) << " on a route for " << RoleName(needed);
    }
  }
}

TEST(Decide, InstanceRoutesForbidEveryoneElse) {
  const Access instance{.scope = Scope::kInstance, .role = Role::kViewer, .extension = true};
  // An owner of another workspace is no operator; the server is no secret: 403, not 404.
  EXPECT_EQ(Decide(instance, CredentialKind::kSession, {.member_role = Role::kOwner}),
            Verdict::kForbidden);
  EXPECT_EQ(Decide(instance, CredentialKind::kSession, {}), Verdict::kForbidden);
  EXPECT_EQ(Decide(instance, CredentialKind::kSecretKey, {.instance_role = Role::kOwner}),
            Verdict::kForbidden);
  EXPECT_EQ(Decide(instance, CredentialKind::kExtensionToken, {.instance_role = Role::kOwner}),
            Verdict::kForbidden);
}

TEST(Decide, EveryRoleAtOrAboveTheRouteIsAdmitted) {
  for (Role role : {Role::kViewer, Role::kEditor, Role::kAdmin, Role::kOwner}) {
    Verdict expected = AtLeast(role, Role::kAdmin) ? Verdict::kAllow : Verdict::kForbidden;
    EXPECT_EQ(Decide(kAdminProject, CredentialKind::kSession, {.member_role = role}), expected)
        << RoleName(role);
  }
}

TEST(Decide, OutsiderSeesNotFoundNotForbidden) {
  EXPECT_EQ(Decide(kAdminProject, CredentialKind::kSession, {}), Verdict::kNotFound);
  EXPECT_EQ(Decide(kAdminProject, CredentialKind::kExtensionToken, {}), Verdict::kNotFound);
  EXPECT_EQ(Decide(kAdminProject, CredentialKind::kSecretKey, {.key_in_scope = false}),
            Verdict::kNotFound);
}

TEST(Decide, SecretKeysOnlyWhereDeclaredAndOnlyInTheirProject) {
  EXPECT_EQ(Decide(kAdminProject, CredentialKind::kSecretKey, {.key_in_scope = true}),
            Verdict::kForbidden);
  EXPECT_EQ(Decide(kBuilderProject, CredentialKind::kSecretKey, {.key_in_scope = true}),
            Verdict::kAllow);
  EXPECT_EQ(Decide(kBuilderProject, CredentialKind::kSecretKey, {.key_in_scope = false}),
            Verdict::kNotFound);
}

TEST(Decide, ExtensionTokensOnlyOnBuilderRoutesAndStillNeedTheRole) {
  EXPECT_EQ(Decide(kAdminProject, CredentialKind::kExtensionToken, {.member_role = Role::kOwner}),
            Verdict::kForbidden);
  EXPECT_EQ(
      Decide(kBuilderProject, CredentialKind::kExtensionToken, {.member_role = Role::kEditor}),
      Verdict::kAllow);
  EXPECT_EQ(
      Decide(kBuilderProject, CredentialKind::kExtensionToken, {.member_role = Role::kViewer}),
      Verdict::kForbidden);
}

TEST(Role, NamesRoundTrip) {
  for (Role role : {Role::kViewer, Role::kEditor, Role::kAdmin, Role::kOwner}) {
    EXPECT_EQ(ParseRole(RoleName(role)), role);
  }
  EXPECT_EQ(ParseRole("Owner"), std::nullopt);
  EXPECT_EQ(ParseRole(""), std::nullopt);
}

}  // namespace
}  // namespace waymark::access
