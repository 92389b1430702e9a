#include <boost/json/serialize.hpp>

#include "access/csrf.hpp"
#include "access/secrets.hpp"
#include "audit/audit_log.hpp"
#include "auth/accounts.hpp"
#include "auth/fields.hpp"
#include "auth/routes.hpp"
#include "auth/signed_in.hpp"
#include "cookies/cookie_header.hpp"
#include "core/clock.hpp"
#include "http/json_fields.hpp"
#include "http/problem.hpp"

namespace waymark::auth {
namespace {

using access::Caller;
using access::Scope;
using boost::asio::awaitable;
using http::Request;
using http::Response;
using http::Verb;

constexpr http::TextRule kNameRule{.min_length = 1, .max_length = 100};

// A session a browser presented to a sign-in route ends, so a token planted before
// sign-in never becomes a signed-in one.
Status RevokePresentedSession(store::Transaction& tx, const Auth& auth, const Request& request,
                              std::int64_t now) {
  auto token = cookies::FindCookie(request.Header(http::Field::cookie),
                                   auth.options.cookie_names.Name(cookies::CookieId::kToken));
  if (!token || token->empty()) return Status::Ok();
  const std::array<store::Value, 2> params{now, access::SecretDigest(*token)};
  return tx
      .Execute("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
               params)
      .status();
}

access::SessionStart StartFor(const Auth& auth, const Caller& caller, std::string user_id,
                              bool remember, std::int64_t now) {
  return {std::move(user_id), remember,         now, auth.options.session_lifetime,
          caller.ip,          caller.user_agent};
}

awaitable<Response> Signup(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body());
  AccountRequest account;
  account.email = ReadEmail(fields);
  std::string password = ReadNewPassword(fields, "password");
  account.name = fields.Text("name", kNameRule);
  account.invitation = fields.OptionalText("invitation", {.min_length = 1, .max_length = 128});
  account.may_start_workspace = auth.options.open_signup;
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  auto hash = co_await auth.hasher.Hash(std::move(password));
  if (!hash.ok()) co_return http::ServerFailure(hash.status());
  account.password_hash = std::move(*hash);
  const std::int64_t now = UnixNow();
  std::optional<CreatedAccount> created;
  std::optional<access::NewSession> session;
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    auto made = CreateAccount(tx, account, now);
    if (!made.ok()) return made.status();
    created = std::move(*made);
    if (Status revoked = RevokePresentedSession(tx, auth, request, now); !revoked.ok())
      return revoked;
    auto started = access::CreateSession(tx, StartFor(auth, caller, created->user.id, false, now));
    if (!started.ok()) return started.status();
    session = std::move(*started);
    audit::AuditEvent event = audit::By(caller, "account.created", "user:" + created->user.id);
    event.actor_id = event.subject_id = created->user.id;
    event.workspace_id = created->workspace_id;
    event.details = {{"role", access::RoleName(created->role)}};
    return audit::Record(tx, event, now);
  });
  switch (written.code()) {
    case Status::Code::kOk:
      co_return SignedIn(auth, created->user, *session, false, http::StatusCode::created);
    case Status::Code::kConflict:
      co_return http::Conflict("An account already uses this email; sign in instead.", "email");
    case Status::Code::kNotFound:
      co_return http::BadRequest("The invitation is unknown, used or expired.", "invitation");
    case Status::Code::kInvalid:
      co_return http::Forbidden("Signup is by invitation: ask an admin of your team for a link.");
    default:
      co_return http::ServerFailure(written);
  }
}

awaitable<Response> Login(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body());
  std::string email = ReadEmail(fields);
  std::string password = fields.Text("password", kPasswordField);
  bool remember = fields.Bool("remember", false);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNow();
  const std::string account_key = "account:" + email;
  const std::string network_key = "network:" + caller.ip;
  const std::int64_t wait = std::max(auth.account_failures.RetryAfter(account_key, now),
                                     auth.network_failures.RetryAfter(network_key, now));
  if (wait > 0) {
    co_return http::TooManyRequests("Too many failed sign-ins; wait before trying again.", wait);
  }
  auto user = co_await FindUserByEmail(auth.db, email);
  if (!user.ok()) co_return http::ServerFailure(user.status());
  // g++ 12 destroys a conditional's temporary twice inside co_await: name it first.
  std::string hash = *user ? (*user)->password_hash : std::string();
  const bool match = co_await auth.hasher.Verify(std::move(hash), password);

  if (!match) {
    auth.account_failures.Failure(account_key, now);
    auth.network_failures.Failure(network_key, now);
    audit::AuditEvent event = audit::By(caller, "login.failed", "user:");
    if (*user) {
      event.target += (*user)->id;
      event.subject_id = (*user)->id;
    }
    co_await auth.db.Write([&](store::Transaction& tx) { return audit::Record(tx, event, now); });
    co_return http::Unauthorized("The email or the password is wrong.");
  }
  auth.account_failures.Success(account_key);
  std::optional<access::NewSession> session;
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    if (Status revoked = RevokePresentedSession(tx, auth, request, now); !revoked.ok())
      return revoked;
    auto started = access::CreateSession(tx, StartFor(auth, caller, (*user)->id, remember, now));
    if (!started.ok()) return started.status();
    session = std::move(*started);
    audit::AuditEvent event = audit::By(caller, "login.succeeded", "session:" + session->id);
    event.actor_id = event.subject_id = (*user)->id;
    return audit::Record(tx, event, now);
  });
  if (!written.ok()) co_return http::ServerFailure(written);
  co_return SignedIn(auth, **user, *session, remember, http::StatusCode::ok);
}

awaitable<Response> Logout(Auth& auth, Request&, const Caller& caller) {
  const std::int64_t now = UnixNow();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    Status revoked = access::RevokeSession(tx, caller.user_id, caller.credential_id, now);
    if (!revoked.ok()) return revoked;
    audit::AuditEvent event =
        audit::By(caller, "session.revoked", "session:" + caller.credential_id);
    event.subject_id = caller.user_id;
    event.details = {{"reason", "logout"}};
    return audit::Record(tx, event, now);
  });
  if (!written.ok() && written.code() != Status::Code::kNotFound)
    co_return http::ServerFailure(written);
  Response response = Response::Empty();
  response.SetHeader("Set-Cookie", ExpiredSessionCookie(auth));
  co_return response;
}

awaitable<Response> Me(Auth& auth, Request&, const Caller& caller) {
  auto user = co_await FindUser(auth.db, caller.user_id);
  if (!user.ok()) co_return http::ServerFailure(user.status());
  if (!*user) co_return http::Unauthorized();
  boost::json::object body{{"user", UserJson(**user)}};
  if (caller.kind == access::CredentialKind::kSession) {
    body["csrfToken"] = access::CsrfToken(caller.session_token);
  } else {
    body["csrfToken"] = nullptr;  // bearer credentials are not ambient: no CSRF to defend
  }
  Response response = Response::Json(boost::json::serialize(body));
  response.SetHeader("Cache-Control", "no-store");
  co_return response;
}

}  // namespace

void AddSignInRoutes(access::ApiRouter& api, Auth& auth) {
  api.Add(Verb::post, "/api/v1/auth/signup", {.scope = Scope::kPublic}, access::Bind(auth, Signup));
  api.Add(Verb::post, "/api/v1/auth/login", {.scope = Scope::kPublic}, access::Bind(auth, Login));
  api.Add(Verb::post, "/api/v1/auth/logout", {.scope = Scope::kUser}, access::Bind(auth, Logout));
  api.Add(Verb::get, "/api/v1/auth/me", {.scope = Scope::kUser, .extension = true},
          access::Bind(auth, Me));
}

}  // namespace waymark::auth
