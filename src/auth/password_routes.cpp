#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/this_coro.hpp>

#include "access/sessions.hpp"
#include "audit/audit_log.hpp"
#include "auth/fields.hpp"
#include "auth/password_resets.hpp"
#include "auth/routes.hpp"
#include "auth/signed_in.hpp"
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

// Changing the password ends every session, this one included, and signs in afresh with a
// new token, so whoever held an old token (or the old password) is out.
awaitable<Response> ChangePassword(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body());
  std::string current = fields.Text("currentPassword", kPasswordField);
  std::string wanted = ReadNewPassword(fields, "newPassword");
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  auto user = co_await FindUser(auth.db, caller.user_id);
  if (!user.ok()) co_return http::ServerFailure(user.status());
  if (!*user) co_return http::Unauthorized();
  const std::int64_t now = UnixNow();
  const std::string account_key = "account:" + (*user)->email;
  if (std::int64_t wait = auth.account_failures.RetryAfter(account_key, now); wait > 0) {
    co_return http::TooManyRequests("Too many wrong passwords; wait before trying again.", wait);
  }
  if (!co_await auth.hasher.Verify((*user)->password_hash, current)) {
    auth.account_failures.Failure(account_key, now);
    co_return http::BadRequest("The current password is wrong.", "currentPassword");
  }
  auto hash = co_await auth.hasher.Hash(std::move(wanted));
  if (!hash.ok()) co_return http::ServerFailure(hash.status());

  std::optional<access::NewSession> session;
  bool remember = false;
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    const std::array<store::Value, 1> id{caller.credential_id};
    auto rows = tx.Query("SELECT remember FROM sessions WHERE id = ?", id);
    if (!rows.ok()) return rows.status();
    remember = !rows->empty() && store::IntOf(rows->rows[0][0]) != 0;
    if (Status set = SetPassword(tx, caller.user_id, *hash, now); !set.ok()) return set;
    if (auto ended = access::RevokeUserSessions(tx, caller.user_id, now); !ended.ok()) {
      return ended.status();
    }
    auto started =
        access::CreateSession(tx, {caller.user_id, remember, now, auth.options.session_lifetime,
                                   caller.ip, caller.user_agent});
    if (!started.ok()) return started.status();
    session = std::move(*started);
    audit::AuditEvent event = audit::By(caller, "password.changed", "user:" + caller.user_id);
    event.subject_id = caller.user_id;
    return audit::Record(tx, event, now);
  });
  if (!written.ok()) co_return http::ServerFailure(written);
  co_return SignedIn(auth, **user, *session, remember, http::StatusCode::ok);
}

awaitable<void> MailReset(Auth& auth, std::string email, std::string token, std::string user_id) {
  Status sent = co_await auth.mailer.Send(std::move(email), std::move(token));
  if (sent.ok()) {
    spdlog::info("auth.reset_mailed user={}", user_id);
  } else {
    spdlog::warn("auth.reset_mail_failed user={} error=\"{}\"", user_id, sent.message());
  }
}

// Always 202, whether or not the address has an account, and without waiting for the
// mail, so neither the answer nor its timing tells who has an account.
awaitable<Response> RequestReset(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body());
  std::string email = ReadEmail(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  Response accepted = Response::Json("{}", http::StatusCode::accepted);
  const std::int64_t now = UnixNow();
  const std::string key = "reset:" + email;
  if (auth.reset_requests.RetryAfter(key, now) > 0) co_return accepted;
  auth.reset_requests.Failure(key, now);

  auto user = co_await FindUserByEmail(auth.db, email);
  if (!user.ok() || !*user) co_return accepted;
  std::string token;
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    auto issued = IssueReset(tx, (*user)->id, now);
    if (!issued.ok()) return issued.status();
    token = std::move(*issued);
    audit::AuditEvent event = audit::By(caller, "password.reset_requested", "user:" + (*user)->id);
    event.subject_id = (*user)->id;
    return audit::Record(tx, event, now);
  });
  if (!written.ok()) co_return accepted;
  if (!auth.mailer.enabled()) {
    spdlog::info("auth.reset_requested user={} mail=off hint=\"waymark user reset-link\"",
                 (*user)->id);
    co_return accepted;
  }
  boost::asio::co_spawn(co_await boost::asio::this_coro::executor,
                        MailReset(auth, email, std::move(token), (*user)->id),
                        boost::asio::detached);
  co_return accepted;
}

awaitable<Response> ConfirmReset(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body());
  std::string token = fields.Text("token", {.min_length = 1, .max_length = 128});
  std::string password = ReadNewPassword(fields, "password");
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  auto hash = co_await auth.hasher.Hash(std::move(password));
  if (!hash.ok()) co_return http::ServerFailure(hash.status());
  const std::int64_t now = UnixNow();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    auto user_id = ConsumeReset(tx, token, now);
    if (!user_id.ok()) return user_id.status();
    if (Status set = SetPassword(tx, *user_id, *hash, now); !set.ok()) return set;
    if (auto ended = access::RevokeUserSessions(tx, *user_id, now); !ended.ok()) {
      return ended.status();
    }
    audit::AuditEvent event = audit::By(caller, "password.reset", "user:" + *user_id);
    event.subject_id = *user_id;
    return audit::Record(tx, event, now);
  });
  if (written.code() == Status::Code::kNotFound) {
    co_return http::BadRequest("The reset link is invalid, used or expired.", "token");
  }
  if (!written.ok()) co_return http::ServerFailure(written);
  co_return Response::Empty();
}

}  // namespace

void AddPasswordRoutes(access::ApiRouter& api, Auth& auth) {
  api.Add(Verb::post, "/api/v1/auth/password", {.scope = Scope::kUser},
          access::Bind(auth, ChangePassword));
  api.Add(Verb::post, "/api/v1/auth/password-reset", {.scope = Scope::kPublic},
          access::Bind(auth, RequestReset));
  api.Add(Verb::post, "/api/v1/auth/password-reset/confirm", {.scope = Scope::kPublic},
          access::Bind(auth, ConfirmReset));
}

}  // namespace waymark::auth
