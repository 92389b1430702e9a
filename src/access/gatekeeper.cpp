#include "access/gatekeeper.hpp"

#include <array>

#include "access/csrf.hpp"
#include "access/decide.hpp"
#include "access/secrets.hpp"
#include "access/session_policy.hpp"
#include "cookies/set_cookie.hpp"
#include "core/clock.hpp"
#include "http/problem.hpp"
#include "weblog/client_address.hpp"
#include "weblog/ip_anonymize.hpp"

namespace waymark::access {

using boost::asio::awaitable;
using store::Value;

// Who a credential belongs to, before the route's scope is considered.
struct Gatekeeper::Identity {
  CredentialKind kind = CredentialKind::kNone;
  std::string credential_id;
  std::string user_id;           // sessions and extension tokens
  std::string key_project_id;    // secret keys
  std::string key_workspace_id;  // secret keys
  std::int64_t last_used_at = 0;
};

namespace {

constexpr std::size_t kUserAgentLimit = 256;

Caller ClientOf(const http::Request& request, const weblog::TrustedProxies& proxies) {
  Caller caller;
  caller.ip = weblog::AnonymizeIp(
      weblog::ClientAddress(request.peer_address, request.Header("X-Forwarded-For"), proxies));
  caller.user_agent =
      std::string(request.Header(http::Field::user_agent).substr(0, kUserAgentLimit));
  return caller;
}

Result<store::Rows> One(Result<store::Rows> rows) {
  if (!rows.ok()) return rows;
  if (rows->empty()) return Status::NotFound("no such credential");
  return rows;
}

// The highest of the role names in the first column; nullopt when there are none.
std::optional<Role> BestRole(const store::Rows& rows) {
  std::optional<Role> best;
  for (const auto& row : rows.rows) {
    const std::optional<Role> role = ParseRole(store::TextOf(row[0]));
    if (role && (!best || AtLeast(*role, *best))) best = role;
  }
  return best;
}

}  // namespace

awaitable<Admission> Gatekeeper::Admit(http::Request& request, const Access& access) const {
  Caller caller = ClientOf(request, options_.proxies);
  const std::string& session_cookie = SessionCookieName();
  PresentedCredential credential =
      ReadCredential(request.Header(http::Field::authorization),
                     request.Header(http::Field::cookie), session_cookie);
  const bool mutation = IsMutation(request.method());
  const bool bearer = credential.malformed || credential.kind == CredentialKind::kSecretKey ||
                      credential.kind == CredentialKind::kExtensionToken;
  // Only what a browser sends on its own (cookies, or nothing) can be forged cross-site.
  if (mutation && !bearer &&
      !OriginAllowed(request.Header(http::Field::origin), request.Header(http::Field::host),
                     options_.public_origin)) {
    co_return http::Forbidden("Changes must come from this site's own pages (Origin refused).");
  }
  if (access.scope == Scope::kPublic) co_return caller;
  if (credential.malformed) {
    co_return http::Unauthorized(
        "Authorization must be `Bearer` with a Waymark secret key or extension token.");
  }
  if (credential.kind == CredentialKind::kNone) co_return http::Unauthorized();

  const std::int64_t now = UnixNow();
  auto identity = co_await Authenticate(credential, now);
  if (!identity.ok()) {
    // Only a credential the store does not know (or no longer honours) signs anyone out;
    // a store that fails to answer is the server's problem, not the caller's.
    if (identity.status().code() != Status::Code::kNotFound) {
      co_return http::ServerFailure(identity.status());
    }
    http::Response refused =
        http::Unauthorized("The session or key is unknown, expired or revoked.");
    if (credential.kind == CredentialKind::kSession) {
      refused.SetHeader("Set-Cookie", cookies::ExpireCookie(session_cookie));
    }
    co_return refused;
  }
  if (mutation && credential.kind == CredentialKind::kSession &&
      !CsrfMatches(request.Header("X-CSRF-Token"), credential.token)) {
    co_return http::Forbidden("X-CSRF-Token is missing or wrong; use the csrfToken of /auth/me.");
  }
  co_await Touch(*identity, now);

  caller.kind = identity->kind;
  caller.user_id = identity->user_id;
  caller.credential_id = identity->credential_id;
  if (caller.kind == CredentialKind::kSession) caller.session_token = std::string(credential.token);
  co_return co_await Resolve(request, access, *identity, std::move(caller));
}

awaitable<Result<Gatekeeper::Identity>> Gatekeeper::Authenticate(
    const PresentedCredential& credential, std::int64_t now) const {
  Identity identity;
  identity.kind = credential.kind;
  std::vector<Value> digest{SecretDigest(credential.token)};
  switch (credential.kind) {
    case CredentialKind::kSession: {
      auto rows = One(co_await db_.Query(
          "SELECT id, user_id, last_seen_at, expires_at, revoked_at FROM sessions "
          "WHERE token_hash = ?",
          std::move(digest)));
      if (!rows.ok()) co_return rows.status();
      const auto& row = rows->rows[0];
      SessionTimes times{store::IntOf(row[2]), store::IntOf(row[3]), store::OptionalIntOf(row[4])};
      if (!SessionAlive(times, now, options_.idle_timeout)) co_return Status::NotFound("ended");
      identity.credential_id = store::TextOf(row[0]);
      identity.user_id = store::TextOf(row[1]);
      identity.last_used_at = times.last_seen_at;
      break;
    }
    case CredentialKind::kSecretKey: {
      auto rows = One(co_await db_.Query(
          "SELECT k.id, k.project_id, p.workspace_id, k.last_used_at FROM api_keys k "
          "JOIN projects p ON p.id = k.project_id WHERE k.secret_hash = ? AND k.revoked_at IS NULL",
          std::move(digest)));
      if (!rows.ok()) co_return rows.status();
      const auto& row = rows->rows[0];
      identity.credential_id = store::TextOf(row[0]);
      identity.key_project_id = store::TextOf(row[1]);
      identity.key_workspace_id = store::TextOf(row[2]);
      identity.last_used_at = store::IntOf(row[3]);
      break;
    }
    case CredentialKind::kExtensionToken: {
      auto rows = One(
          co_await db_.Query("SELECT id, user_id, expires_at, last_used_at FROM extension_tokens "
                             "WHERE token_hash = ? AND revoked_at IS NULL",
                             std::move(digest)));
      if (!rows.ok()) co_return rows.status();
      const auto& row = rows->rows[0];
      if (now >= store::IntOf(row[2])) co_return Status::NotFound("expired");
      identity.credential_id = store::TextOf(row[0]);
      identity.user_id = store::TextOf(row[1]);
      identity.last_used_at = store::IntOf(row[3]);
      break;
    }
    case CredentialKind::kNone:
      co_return Status::NotFound("no credential");
  }
  co_return identity;
}

awaitable<Admission> Gatekeeper::Resolve(http::Request& request, const Access& access,
                                         const Identity& identity, Caller caller) const {
  ScopeFacts facts;
  const bool is_key = identity.kind == CredentialKind::kSecretKey;
  if (access.scope == Scope::kWorkspace || access.scope == Scope::kProject) {
    const bool workspace = access.scope == Scope::kWorkspace;
    std::optional<std::string> id = request.Param(workspace ? "workspaceId" : "projectId");
    if (!id) co_return http::NotFound();
    if (is_key) {
      facts.key_in_scope = *id == (workspace ? identity.key_workspace_id : identity.key_project_id);
      caller.workspace_id = identity.key_workspace_id;
      if (!workspace) caller.project_id = identity.key_project_id;
    } else if (workspace) {
      std::vector<Value> params{*id, identity.user_id};
      auto rows = co_await db_.Query(
          "SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?", std::move(params));
      if (!rows.ok()) co_return http::ServiceUnavailable();
      if (!rows->empty()) facts.member_role = ParseRole(store::TextOf(rows->rows[0][0]));
      caller.workspace_id = *id;
    } else {
      std::vector<Value> params{identity.user_id, *id};
      auto rows = co_await db_.Query(
          "SELECT p.workspace_id, m.role FROM projects p JOIN memberships m "
          "ON m.workspace_id = p.workspace_id AND m.user_id = ? WHERE p.id = ?",
          std::move(params));
      if (!rows.ok()) co_return http::ServiceUnavailable();
      if (!rows->empty()) {
        caller.workspace_id = store::TextOf(rows->rows[0][0]);
        facts.member_role = ParseRole(store::TextOf(rows->rows[0][1]));
      }
      caller.project_id = *id;
    }
  }
  if (access.scope == Scope::kInstance && identity.kind == CredentialKind::kSession) {
    // An instance owner, or a member of a workspace one owns: the operator's own team.
    std::vector<Value> params{identity.user_id, identity.user_id};
    auto rows = co_await db_.Query(
        "SELECT 'owner' FROM users WHERE id = ? AND instance_owner = 1 UNION ALL "
        "SELECT m.role FROM memberships m JOIN memberships o ON o.workspace_id = m.workspace_id "
        "AND o.role = 'owner' JOIN users u ON u.id = o.user_id AND u.instance_owner = 1 "
        "WHERE m.user_id = ?",
        std::move(params));
    if (!rows.ok()) co_return http::ServiceUnavailable();
    facts.instance_role = BestRole(*rows);
  }
  switch (Decide(access, identity.kind, facts)) {
    case Verdict::kNotFound:
      co_return http::NotFound();
    case Verdict::kForbidden:
      co_return http::Forbidden(is_key ? "A secret key cannot do this."
                                : identity.kind == CredentialKind::kExtensionToken
                                    ? "An extension token is limited to builder actions."
                                    : "Your role does not allow this.");
    case Verdict::kAllow:
      break;
  }
  if (facts.member_role) caller.role = *facts.member_role;
  if (facts.instance_role) caller.role = *facts.instance_role;
  if (is_key) caller.role = Role::kEditor;
  co_return caller;
}

awaitable<void> Gatekeeper::Touch(const Identity& identity, std::int64_t now) const {
  if (!NeedsTouch(identity.last_used_at, now)) co_return;
  std::string_view sql;
  switch (identity.kind) {
    case CredentialKind::kSession:
      sql = "UPDATE sessions SET last_seen_at = ? WHERE id = ?";
      break;
    case CredentialKind::kSecretKey:
      sql = "UPDATE api_keys SET last_used_at = ? WHERE id = ?";
      break;
    case CredentialKind::kExtensionToken:
      sql = "UPDATE extension_tokens SET last_used_at = ? WHERE id = ?";
      break;
    case CredentialKind::kNone:
      co_return;
  }
  // A missed touch only makes the recorded time a little older; the request goes on.
  store::WriteFn touch = [sql, id = identity.credential_id, now](store::Transaction& tx) {
    const std::array<Value, 2> params{now, id};
    return tx.Execute(sql, params).status();
  };
  co_await db_.Write(std::move(touch));
}

}  // namespace waymark::access
