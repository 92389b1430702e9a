// Accounts and sessions as a browser meets them: the exact _JIMO_TOKEN cookie, CSRF
// tokens, fixation, expiry, revocation, tampering, throttling, password resets (by the
// CLI and by mail) and bad input, against the real server.
#include <gtest/gtest.h>

#include <regex>
#include <thread>

#include "api_client.hpp"
#include "mail/test_smtp_sink.hpp"
#include "server_process.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

constexpr char kPassword[] = "correct horse battery";
const std::regex kSessionCookie(
    "_JIMO_TOKEN=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; Secure; SameSite=Lax");
const std::regex kRememberedCookie(
    "_JIMO_TOKEN=[A-Za-z0-9_-]{43}; Max-Age=2592000; Path=/; HttpOnly; Secure; SameSite=Lax");
constexpr char kExpiredCookie[] = "_JIMO_TOKEN=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax";

TEST(Auth, SignupSetsASessionCookieWithExactAttributesAndReturnsTheCsrfToken) {
  ServerProcess server;
  ApiClient ada(server);
  ApiReply reply = ada.SignUp("Ada@Example.com", kPassword, "Ada");
  ASSERT_EQ(reply.status, 201u) << reply.raw.body;
  EXPECT_TRUE(std::regex_match(reply.raw.Header("Set-Cookie"), kSessionCookie))
      << reply.raw.Header("Set-Cookie");
  EXPECT_EQ(reply.json.at("user").at("email"), "ada@example.com");
  EXPECT_EQ(reply.json.at("user").at("instanceOwner"), true);
  EXPECT_EQ(reply.Text("csrfToken").size(), 64u);
  EXPECT_EQ(reply.raw.body.find("password"), std::string::npos);

  ApiReply me = ada.Get("/api/v1/auth/me");
  EXPECT_EQ(me.status, 200u);
  EXPECT_EQ(me.Text("csrfToken"), reply.Text("csrfToken"));
}

TEST(Auth, LoginIsASessionCookieUnlessRemembered) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  ApiReply plain = ada.Login("ada@example.com", kPassword);
  EXPECT_EQ(plain.status, 200u);
  EXPECT_TRUE(std::regex_match(plain.raw.Header("Set-Cookie"), kSessionCookie));
  ApiReply remembered = ada.Login("ada@example.com", kPassword, true);
  EXPECT_TRUE(std::regex_match(remembered.raw.Header("Set-Cookie"), kRememberedCookie))
      << remembered.raw.Header("Set-Cookie");
}

TEST(Auth, LoginIssuesAFreshTokenAndEndsThePresentedOne) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  const std::string planted = ada.session();
  ApiReply login = ada.Login("ada@example.com", kPassword);  // sends the old cookie along
  ASSERT_EQ(login.status, 200u);
  EXPECT_NE(ada.session(), planted);
  EXPECT_EQ(ada.Get("/api/v1/auth/me").status, 200u);

  ApiClient attacker(server);
  attacker.UseSession(planted, "");
  ApiReply refused = attacker.Get("/api/v1/auth/me");
  EXPECT_EQ(refused.status, 401u);
  EXPECT_EQ(refused.raw.Header("Set-Cookie"), kExpiredCookie);
}

TEST(Auth, ChangingThePasswordEndsEverySessionAndSignsInAfresh) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  ApiClient laptop(server);
  laptop.Login("ada@example.com", kPassword);
  const std::string before = ada.session();

  ApiReply changed = ada.Post("/api/v1/auth/password", {{"currentPassword", kPassword},
                                                        {"newPassword", "new secret words"}});
  ASSERT_EQ(changed.status, 200u) << changed.raw.body;
  EXPECT_TRUE(std::regex_match(changed.raw.Header("Set-Cookie"), kSessionCookie));
  std::string fresh = CookieValue(changed.raw.Header("Set-Cookie"), "_JIMO_TOKEN");
  EXPECT_NE(fresh, before);
  EXPECT_EQ(laptop.Get("/api/v1/auth/me").status, 401u);
  ada.UseSession(fresh, changed.Text("csrfToken"));
  EXPECT_EQ(ada.Get("/api/v1/auth/me").status, 200u);
  EXPECT_EQ(ada.Login("ada@example.com", kPassword).status, 401u);
  EXPECT_EQ(ada.Login("ada@example.com", "new secret words").status, 200u);

  ApiReply wrong = ada.Post("/api/v1/auth/password", {{"currentPassword", "not it at all"},
                                                      {"newPassword", "whatever else"}});
  EXPECT_EQ(wrong.status, 400u);
  EXPECT_EQ(wrong.ErrorField(), "currentPassword");
}

TEST(Auth, MutationsWithoutTheRightCsrfTokenOrFromAnotherOriginAre403) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  const std::string body = R"({"name":"Second"})";
  const http::Client::Headers cookie{{"Cookie", "_JIMO_TOKEN=" + ada.session()}};
  http::Client raw = server.Client();

  auto missing = raw.Send(Verb::post, "/api/v1/workspaces", body, cookie);
  EXPECT_EQ(missing->status, 403u);
  EXPECT_EQ(missing->Header("Content-Type"), "application/problem+json");
  auto wrong_headers = cookie;
  wrong_headers.emplace_back("X-CSRF-Token", std::string(64, '0'));
  EXPECT_EQ(raw.Send(Verb::post, "/api/v1/workspaces", body, wrong_headers)->status, 403u);
  auto delete_missing = raw.Send(Verb::delete_, "/api/v1/auth/sessions", {}, cookie);
  EXPECT_EQ(delete_missing->status, 403u);

  EXPECT_EQ(
      ada.Call(Verb::post, "/api/v1/workspaces", body, {{"Origin", "https://evil.example"}}).status,
      403u);
  EXPECT_EQ(ada.Call(Verb::post, "/api/v1/workspaces", body).status, 201u);
  // Reads need no token.
  EXPECT_EQ(raw.Send(Verb::get, "/api/v1/workspaces", {}, cookie)->status, 200u);
}

TEST(Auth, LogoutAndSignOutEverywhereRevokeOnTheServer) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  ApiClient phone(server);
  phone.Login("ada@example.com", kPassword);
  ApiClient laptop(server);
  laptop.Login("ada@example.com", kPassword);

  ApiReply out = ada.Call(Verb::post, "/api/v1/auth/logout");
  EXPECT_EQ(out.status, 204u);
  EXPECT_EQ(out.raw.Header("Set-Cookie"), kExpiredCookie);
  EXPECT_EQ(ada.Get("/api/v1/auth/me").status, 401u);
  EXPECT_EQ(phone.Get("/api/v1/auth/me").status, 200u);

  ApiReply sessions = phone.Get("/api/v1/auth/sessions");
  ASSERT_EQ(sessions.status, 200u);
  EXPECT_EQ(sessions.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(phone.Call(Verb::delete_, "/api/v1/auth/sessions").status, 204u);
  EXPECT_EQ(phone.Get("/api/v1/auth/me").status, 401u);
  EXPECT_EQ(laptop.Get("/api/v1/auth/me").status, 401u);
}

TEST(Auth, TamperedUnknownAndMalformedTokensAre401WithAnExpiringCookie) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  std::string tampered = ada.session();
  tampered[10] = tampered[10] == 'a' ? 'b' : 'a';
  for (const std::string& token : {tampered, std::string("nonsense"), std::string(4000, 'A')}) {
    ApiClient client(server);
    client.UseSession(token, "");
    ApiReply reply = client.Get("/api/v1/auth/me");
    EXPECT_EQ(reply.status, 401u);
    EXPECT_EQ(reply.raw.Header("Set-Cookie"), kExpiredCookie);
    EXPECT_EQ(reply.raw.Header("Content-Type"), "application/problem+json");
  }
}

TEST(Auth, IdleAndAbsoluteExpiryEndSessions) {
  ServerProcess idle({"--sessions-idle-timeout-s", "1"});
  ApiClient ada(idle);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  EXPECT_EQ(ada.Get("/api/v1/auth/me").status, 200u);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  ApiReply expired = ada.Get("/api/v1/auth/me");
  EXPECT_EQ(expired.status, 401u);
  EXPECT_EQ(expired.raw.Header("Set-Cookie"), kExpiredCookie);

  ServerProcess brief({"--sessions-lifetime-s", "1"});
  ApiClient bob(brief);
  bob.SignUp("bob@example.com", kPassword, "Bob");
  ApiReply remembered = bob.Login("bob@example.com", kPassword, true);
  // The cookie never outlives the session it carries.
  EXPECT_NE(remembered.raw.Header("Set-Cookie").find("Max-Age=1;"), std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  EXPECT_EQ(bob.Get("/api/v1/auth/me").status, 401u);
}

TEST(Auth, FailedLoginsAreThrottledWithGrowingDelaysAndRevealNothing) {
  ServerProcess server;
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  ApiClient guesser(server);
  ApiReply unknown = guesser.Login("nobody@example.com", "wrong password");
  ApiReply wrong = guesser.Login("ada@example.com", "wrong password");
  EXPECT_EQ(unknown.status, 401u);
  EXPECT_EQ(unknown.raw.body, wrong.raw.body);  // no hint which emails have accounts

  // Five failures are free (one is above); the delays start after them.
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(guesser.Login("ada@example.com", "wrong password").status, 401u) << i;
  }
  ApiReply throttled;
  for (int i = 0; i < 3 && throttled.status != 429u; ++i) {
    throttled = guesser.Login("ada@example.com", "wrong password");
  }
  ASSERT_EQ(throttled.status, 429u) << throttled.raw.body;
  const int wait = std::stoi(throttled.raw.Header("Retry-After"));
  EXPECT_GE(wait, 1);
  // While throttled even the right password is refused, so guessing gains nothing.
  EXPECT_EQ(guesser.Login("ada@example.com", kPassword).status, 429u);
  // Another account from the same network is not locked out by these few failures.
  ApiClient other(server);
  EXPECT_EQ(other.Login("nobody@example.com", "wrong password").status, 401u);
  std::this_thread::sleep_for(std::chrono::seconds(wait) + std::chrono::milliseconds(1100));
  EXPECT_EQ(guesser.Login("ada@example.com", kPassword).status, 200u);
}

TEST(Auth, OneNetworkGuessingAcrossManyAccountsIsThrottledToo) {
  ServerProcess server;
  ApiClient guesser(server);
  // Twenty failures from one network are free, each on a different account.
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(guesser.Login("user" + std::to_string(i) + "@example.com", "guess").status, 401u);
  }
  ApiReply throttled;
  for (int i = 20; i < 23 && throttled.status != 429u; ++i) {
    throttled = guesser.Login("user" + std::to_string(i) + "@example.com", "guess");
  }
  EXPECT_EQ(throttled.status, 429u) << throttled.raw.body;
  EXPECT_FALSE(throttled.raw.Header("Retry-After").empty());
}

TEST(Auth, SignupIsByInvitationAfterTheFirstAccountUnlessOpen) {
  ServerProcess closed;
  ApiClient first(closed);
  EXPECT_EQ(first.SignUp("owner@example.com", kPassword, "Owner").status, 201u);
  ApiClient second(closed);
  ApiReply refused = second.SignUp("second@example.com", kPassword, "Second");
  EXPECT_EQ(refused.status, 403u);
  // A taken address answers the same: closed signup tells nothing about who has an account.
  ApiReply taken = second.SignUp("owner@example.com", kPassword, "Second");
  EXPECT_EQ(taken.status, 403u);
  EXPECT_EQ(taken.raw.body, refused.raw.body);
  ApiReply bogus = second.SignUp("owner@example.com", kPassword, "Second", "no-such-invitation");
  EXPECT_EQ(bogus.status, 400u);
  EXPECT_EQ(bogus.ErrorField(), "invitation");

  std::string workspace(
      first.Get("/api/v1/workspaces").json.at("items").at(0).at("id").as_string());
  ApiReply invitation =
      first.Post("/api/v1/workspaces/" + workspace + "/invitations", {{"role", "editor"}});
  ASSERT_EQ(invitation.status, 201u) << invitation.raw.body;
  ApiReply joined =
      second.SignUp("second@example.com", kPassword, "Second", invitation.Text("token"));
  ASSERT_EQ(joined.status, 201u) << joined.raw.body;
  EXPECT_EQ(second.Get("/api/v1/workspaces").json.at("items").at(0).at("role"), "editor");
  ApiClient third(closed);
  ApiReply reused = third.SignUp("third@example.com", kPassword, "Third", invitation.Text("token"));
  EXPECT_EQ(reused.status, 400u);
  EXPECT_EQ(reused.ErrorField(), "invitation");

  ServerProcess open({"--auth-open-signup", "true"});
  ApiClient a(open);
  ApiClient b(open);
  EXPECT_EQ(a.SignUp("a@example.com", kPassword, "A").status, 201u);
  EXPECT_EQ(b.SignUp("b@example.com", kPassword, "B").status, 201u);
  EXPECT_EQ(b.Get("/api/v1/workspaces").json.at("items").at(0).at("role"), "owner");
}

TEST(Auth, BadInputIs400NamingTheField) {
  ServerProcess server;
  ApiClient client(server);
  struct Case {
    std::string body;
    std::string field;
  };
  const std::string long_email = std::string(250, 'a') + "@example.com";
  const std::vector<Case> cases{
      {R"({"email":")" + long_email + R"(","password":"long enough","name":"A"})", "email"},
      {R"({"email":"not-an-email","password":"long enough","name":"A"})", "email"},
      {R"({"email":"a@example.com","password":")" + std::string(200, 'p') + R"(","name":"A"})",
       "password"},
      {R"({"email":"a@example.com","password":"short","name":"A"})", "password"},
      {R"({"email":"a@example.com","password":"long enough","name":"Eve\u202egnp.exe"})", "name"},
      {R"({"email":"a@example.com","password":"long enough","name":"A","admin":true})", "admin"},
      {R"({"email":"a@example.com","password":"long enough","name":""})", "name"},
      {R"({"email":"a@example.com",)", "body"},
      {R"([1,2,3])", "body"},
  };
  for (const Case& c : cases) {
    ApiReply reply = client.Call(Verb::post, "/api/v1/auth/signup", c.body);
    EXPECT_EQ(reply.status, 400u) << c.body;
    EXPECT_EQ(reply.raw.Header("Content-Type"), "application/problem+json");
    EXPECT_EQ(reply.ErrorField(), c.field) << reply.raw.body;
  }
  ApiReply login = client.Call(Verb::post, "/api/v1/auth/login",
                               R"({"email":")" + long_email + R"(","password":"x"})");
  EXPECT_EQ(login.status, 400u);
  EXPECT_EQ(login.ErrorField(), "email");
}

TEST(Auth, UserCreateAndResetLinkFromTheCommandLine) {
  ServerProcess server;
  const std::string dir = "--data-dir=" + server.data_dir().string();
  CommandResult created = RunWaymark(
      {"user", "create", "--email", "ops@example.com", "--name", "Ops", dir}, {}, "headless pw\n");
  ASSERT_EQ(created.exit_status, 0) << created.output;
  EXPECT_NE(created.output.find("instance owner"), std::string::npos);
  ApiClient ops(server);
  EXPECT_EQ(ops.Login("ops@example.com", "headless pw").status, 200u);

  CommandResult link = RunWaymark({"user", "reset-link", "ops@example.com", dir});
  ASSERT_EQ(link.exit_status, 0) << link.output;
  std::smatch token;
  ASSERT_TRUE(std::regex_search(link.output, token, std::regex("token=([A-Za-z0-9_-]{43})")));
  ApiClient anyone(server);
  ApiReply reset = anyone.Post("/api/v1/auth/password-reset/confirm",
                               {{"token", token[1].str()}, {"password", "brand new pass"}});
  EXPECT_EQ(reset.status, 204u) << reset.raw.body;
  EXPECT_EQ(ops.Get("/api/v1/auth/me").status, 401u);  // sessions end with the old password
  EXPECT_EQ(anyone.Login("ops@example.com", "brand new pass").status, 200u);
  ApiReply again = anyone.Post("/api/v1/auth/password-reset/confirm",
                               {{"token", token[1].str()}, {"password", "another new one"}});
  EXPECT_EQ(again.status, 400u);
  EXPECT_EQ(again.ErrorField(), "token");

  EXPECT_NE(RunWaymark({"user", "create", "--email", "ops@example.com", "--name", "Ops", dir}, {},
                       "headless pw\n")
                .exit_status,
            0);
  EXPECT_NE(
      RunWaymark({"user", "create", "--email", "x@example.com", "--name", "X", dir}, {}, "short\n")
          .exit_status,
      0);
}

TEST(Auth, PasswordResetByMailWhenSmtpIsConfigured) {
  mail::SmtpSink sink;
  ServerProcess server({"--smtp-url", sink.url(), "--site-public-url", "https://waymark.example"});
  ApiClient ada(server);
  ada.SignUp("ada@example.com", kPassword, "Ada");
  ApiClient anyone(server);
  ApiReply unknown = anyone.Post("/api/v1/auth/password-reset", {{"email", "nobody@example.com"}});
  ApiReply known = anyone.Post("/api/v1/auth/password-reset", {{"email", "ada@example.com"}});
  EXPECT_EQ(unknown.status, 202u);
  EXPECT_EQ(known.status, 202u);
  EXPECT_EQ(unknown.raw.body, known.raw.body);

  std::vector<std::string> mail = sink.WaitForMessages(1, std::chrono::seconds(10));
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("ada@example.com"), std::string::npos);
  std::smatch link;
  ASSERT_TRUE(std::regex_search(
      mail[0], link,
      std::regex(R"(https://waymark\.example/app/reset-password\?token=([A-Za-z0-9_-]{43}))")));
  ApiReply reset = anyone.Post("/api/v1/auth/password-reset/confirm",
                               {{"token", link[1].str()}, {"password", "mailed new pass"}});
  EXPECT_EQ(reset.status, 204u);
  EXPECT_EQ(anyone.Login("ada@example.com", "mailed new pass").status, 200u);
  EXPECT_EQ(sink.WaitForMessages(2, std::chrono::milliseconds(500)).size(), 1u);
}

}  // namespace
}  // namespace waymark::testing
