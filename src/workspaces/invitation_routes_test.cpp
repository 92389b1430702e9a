#include <gmock/gmock.h>

#include "access/secrets.hpp"
#include "core/clock.hpp"
#include "workspaces/test_scene.hpp"

namespace waymark::workspaces {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using testkit::Reply;
using testkit::Session;
using testkit::Verb;

class InvitationRoutesTest : public testkit::SceneTest {
 protected:
  // An invitation to Acme by the admin; returns the 201 answer.
  Reply Invite(const std::string& body = R"({"role":"editor","email":"new@example.com"})") {
    Reply reply = Call(Verb::post, Acme("/invitations"), body, &admin_);
    EXPECT_EQ(reply.status(), 201) << reply.response.body();
    return reply;
  }
  static std::string TokenOf(const Reply& invited) { return Text(invited.json.at("token")); }

  Reply Lookup(const std::string& token) { return Call(Verb::get, "/api/v1/invitations/" + token); }
  Reply Accept(const std::string& token, const Session& as) {
    return Call(Verb::post, "/api/v1/invitations/" + token + "/accept", "", &as);
  }
  std::size_t Pending() {
    Reply reply = Call(Verb::get, Acme("/invitations"), "", &admin_);
    EXPECT_EQ(reply.status(), 200);
    return reply.status() == 200 ? reply.json.at("items").as_array().size() : 0;
  }
  Session Newcomer(const std::string& email = "new@example.com") {
    return SignIn(CreateUser(email));
  }
};

TEST_F(InvitationRoutesTest, AnInvitationIsIssuedLookedUpAndAcceptedOnce) {
  Reply invited = Invite();
  const std::string token = TokenOf(invited);
  EXPECT_EQ(invited.json.at("role"), "editor");
  EXPECT_EQ(invited.json.at("email"), "new@example.com");
  EXPECT_EQ(Text(invited.json.at("url")), std::string(kPublicUrl) + "/app/invitations/" + token);
  EXPECT_TRUE(invited.json.as_object().contains("expiresAt"));

  Reply listed = Call(Verb::get, Acme("/invitations"), "", &admin_);
  ASSERT_EQ(listed.status(), 200);
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
  const auto& item = listed.json.at("items").at(0).as_object();
  EXPECT_EQ(item.at("id"), invited.json.at("id"));
  EXPECT_EQ(item.at("role"), "editor");
  EXPECT_FALSE(item.contains("token"));
  EXPECT_THAT(listed.response.body(), Not(HasSubstr(token)));

  Reply looked_up = Lookup(token);
  ASSERT_EQ(looked_up.status(), 200);
  EXPECT_EQ(looked_up.json.at("workspace").at("name"), "Acme");
  EXPECT_EQ(looked_up.json.at("role"), "editor");
  EXPECT_EQ(looked_up.json.at("email"), "new@example.com");
  EXPECT_EQ(looked_up.json.at("expiresAt"), invited.json.at("expiresAt"));

  Session newcomer = Newcomer();
  Reply accepted = Accept(token, newcomer);
  ASSERT_EQ(accepted.status(), 200);
  EXPECT_EQ(Text(accepted.json.at("workspace").at("id")), acme_);
  EXPECT_EQ(accepted.json.at("workspace").at("name"), "Acme");
  EXPECT_EQ(accepted.json.at("role"), "editor");
  EXPECT_EQ(Call(Verb::get, Acme(), "", &newcomer).json.at("role"), "editor");

  EXPECT_EQ(Accept(token, Newcomer("second@example.com")).status(), 404);
  EXPECT_EQ(Lookup(token).status(), 404);
  EXPECT_EQ(Pending(), 0u);
}

TEST_F(InvitationRoutesTest, IssuingAndAcceptingAreAudited) {
  Reply invited = Invite();
  const std::string token = TokenOf(invited);
  Session newcomer = Newcomer();
  ASSERT_EQ(Accept(token, newcomer).status(), 200);

  auto created = Events("invitation.created");
  ASSERT_EQ(created.size(), 1u);
  EXPECT_EQ(created[0].workspace_id, acme_);
  EXPECT_EQ(created[0].actor_id, admin_.user_id);
  EXPECT_EQ(created[0].target, "invitation:" + Text(invited.json.at("id")));
  EXPECT_EQ(created[0].details,
            boost::json::parse(R"({"role":"editor","email":"new@example.com"})"));
  auto joined = Events("member.joined");
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].workspace_id, acme_);
  EXPECT_EQ(joined[0].actor_id, newcomer.user_id);
  EXPECT_EQ(joined[0].subject_id, newcomer.user_id);
  EXPECT_EQ(joined[0].details, boost::json::parse(R"({"role":"editor"})"));
  // Neither the token nor anything that reveals it reaches the log.
  for (const auto& row : Select("SELECT target, details FROM audit_events")) {
    EXPECT_THAT(store::TextOf(row[0]) + store::TextOf(row[1]), Not(HasSubstr(token)));
  }
}

TEST_F(InvitationRoutesTest, AMemberAcceptingIsAConflictThatLeavesTheInvitation) {
  const std::string token = TokenOf(Invite());
  Reply again = Accept(token, viewer_);
  EXPECT_EQ(again.status(), 409);
  EXPECT_EQ(Call(Verb::get, Acme(), "", &viewer_).json.at("role"), "viewer");
  EXPECT_EQ(Accept(token, Newcomer()).status(), 200);
}

TEST_F(InvitationRoutesTest, AnExpiredInvitationIsNotFound) {
  Reply invited = Invite();
  const std::string token = TokenOf(invited);
  Exec("UPDATE invitations SET expires_at = ?", {UnixNow() - 1});
  EXPECT_EQ(Lookup(token).status(), 404);
  EXPECT_EQ(Accept(token, Newcomer()).status(), 404);
  EXPECT_EQ(Pending(), 0u);
  EXPECT_EQ(Call(Verb::delete_, Acme("/invitations/" + Text(invited.json.at("id"))), "", &admin_)
                .status(),
            404);
}

TEST_F(InvitationRoutesTest, UnknownTokensAreNotFound) {
  EXPECT_EQ(Lookup("no-such-token").status(), 404);
  EXPECT_EQ(Accept("no-such-token", Newcomer()).status(), 404);
}

TEST_F(InvitationRoutesTest, AcceptingNeedsASignedInUser) {
  const std::string token = TokenOf(Invite());
  EXPECT_EQ(Call(Verb::post, "/api/v1/invitations/" + token + "/accept").status(), 401);
  EXPECT_EQ(Lookup(token).status(), 200);
}

TEST_F(InvitationRoutesTest, OnlyAdminsInviteAndOnlyOwnersInviteOwners) {
  EXPECT_EQ(Call(Verb::post, Acme("/invitations"), R"({"role":"viewer"})", &editor_).status(), 403);
  EXPECT_EQ(Call(Verb::post, Acme("/invitations"), R"({"role":"owner"})", &admin_).status(), 403);
  EXPECT_EQ(Call(Verb::get, Acme("/invitations"), "", &editor_).status(), 403);
  EXPECT_EQ(Pending(), 0u);

  Reply owner_invite = Call(Verb::post, Acme("/invitations"), R"({"role":"owner"})", &owner_);
  ASSERT_EQ(owner_invite.status(), 201);
  EXPECT_TRUE(owner_invite.json.at("email").is_null());
  Session newcomer = Newcomer();
  ASSERT_EQ(Accept(TokenOf(owner_invite), newcomer).status(), 200);
  EXPECT_EQ(Call(Verb::get, Acme(), "", &newcomer).json.at("role"), "owner");
}

TEST_F(InvitationRoutesTest, InvitationsCheckTheirInput) {
  auto invite = [&](const std::string& body) {
    return Call(Verb::post, Acme("/invitations"), body, &admin_);
  };
  Reply bad_role = invite(R"({"role":"boss"})");
  EXPECT_EQ(bad_role.status(), 400);
  EXPECT_THAT(FieldsAtFault(bad_role), ElementsAre("role"));
  EXPECT_THAT(FieldsAtFault(invite("{}")), ElementsAre("role"));
  EXPECT_THAT(FieldsAtFault(invite(R"({"role":"viewer","token":"mine"})")), ElementsAre("token"));
  EXPECT_THAT(FieldsAtFault(invite(R"({"role":"viewer","email":"nobody"})")), ElementsAre("email"));
  EXPECT_EQ(Pending(), 0u);
}

TEST_F(InvitationRoutesTest, RevokedInvitationsCannotBeUsed) {
  Reply invited = Invite();
  const std::string path = Acme("/invitations/" + Text(invited.json.at("id")));
  EXPECT_EQ(Call(Verb::delete_, path, "", &editor_).status(), 403);
  EXPECT_EQ(Call(Verb::delete_, path, "", &admin_).status(), 204);
  EXPECT_EQ(Call(Verb::delete_, path, "", &admin_).status(), 404);
  EXPECT_EQ(Lookup(TokenOf(invited)).status(), 404);
  EXPECT_EQ(Accept(TokenOf(invited), Newcomer()).status(), 404);
  EXPECT_EQ(Pending(), 0u);

  auto events = Events("invitation.revoked");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].workspace_id, acme_);
  EXPECT_EQ(events[0].target, "invitation:" + Text(invited.json.at("id")));
}

TEST_F(InvitationRoutesTest, OnlyTheDigestOfTheTokenIsStored) {
  const std::string token = TokenOf(Invite());
  auto rows = Select("SELECT token_hash FROM invitations");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(store::TextOf(rows[0][0]), token);
  EXPECT_EQ(store::TextOf(rows[0][0]), access::SecretDigest(token));
}

}  // namespace
}  // namespace waymark::workspaces
