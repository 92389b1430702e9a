#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "access/secrets.hpp"
#include "audit/audit_log.hpp"
#include "auth/routes.hpp"
#include "cookies/set_cookie.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/time_format.hpp"
#include "http/json_fields.hpp"
#include "http/problem.hpp"

// Tokens for the browser extension (_JIMO_EXTENSION_TOKEN): a signed-in maker issues one,
// the extension keeps it and sends it as `Authorization: Bearer`. It acts as the maker,
// but only on routes declared for builders (reading projects and content, creating and
// updating interactions), and lives 30 days unless revoked sooner.
namespace waymark::auth {
namespace {

using access::Caller;
using access::Scope;
using boost::asio::awaitable;
using http::Request;
using http::Response;
using http::Verb;

std::int64_t LifetimeSeconds() {
  return cookies::Spec(cookies::CookieId::kExtensionToken).max_age->count();
}

awaitable<Response> ListTokens(Auth& auth, Request&, const Caller& caller) {
  std::vector<store::Value> params{caller.user_id, UnixNow()};
  auto rows = co_await auth.db.Query(
      "SELECT id, name, hint, created_at, expires_at, last_used_at FROM extension_tokens "
      "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC",
      std::move(params));
  if (!rows.ok()) co_return http::ServerFailure(rows.status());
  boost::json::array items;
  for (const auto& row : rows->rows) {
    auto used = store::OptionalIntOf(row[5]);
    items.push_back({{"id", store::TextOf(row[0])},
                     {"name", store::TextOf(row[1])},
                     {"hint", store::TextOf(row[2])},
                     {"createdAt", Iso8601(store::IntOf(row[3]))},
                     {"expiresAt", Iso8601(store::IntOf(row[4]))},
                     {"lastUsedAt", used ? boost::json::value(Iso8601(*used)) : nullptr}});
  }
  co_return Response::Json(
      boost::json::serialize(boost::json::object{{"items", std::move(items)}}));
}

awaitable<Response> IssueToken(Auth& auth, Request& request, const Caller& caller) {
  auto fields = http::JsonFields::FromBody(request.body().empty() ? "{}" : request.body());
  std::string name = fields.OptionalText("name", {.min_length = 1, .max_length = 100})
                         .value_or("Browser extension");
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNow();
  access::IssuedSecret secret = access::IssueSecret(access::kExtensionTokenPrefix);
  const std::string id = crypto::NewId();
  const std::int64_t expires_at = now + LifetimeSeconds();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    const std::array<store::Value, 7> row{id,  caller.user_id, name, secret.hint, secret.digest,
                                          now, expires_at};
    auto inserted = tx.Execute(
        "INSERT INTO extension_tokens (id, user_id, name, hint, token_hash, created_at, "
        "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        row);
    if (!inserted.ok()) return inserted.status();
    audit::AuditEvent event = audit::By(caller, "extension_token.created", "extension_token:" + id);
    event.subject_id = caller.user_id;
    return audit::Record(tx, event, now);
  });
  if (!written.ok()) co_return http::ServerFailure(written);

  boost::json::object body{{"id", id},
                           {"name", name},
                           {"hint", secret.hint},
                           {"token", secret.token},
                           {"createdAt", Iso8601(now)},
                           {"expiresAt", Iso8601(expires_at)}};
  Response response = Response::Json(boost::json::serialize(body), http::StatusCode::created);
  response.SetHeader(
      "Set-Cookie",
      cookies::SetCookie(auth.options.cookie_names.Name(cookies::CookieId::kExtensionToken),
                         secret.token, std::chrono::seconds(LifetimeSeconds())));
  response.SetHeader("Cache-Control", "no-store");
  co_return response;
}

awaitable<Response> RevokeToken(Auth& auth, Request& request, const Caller& caller) {
  std::string id = request.Param("tokenId").value_or("");
  const std::int64_t now = UnixNow();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    const std::array<store::Value, 3> params{now, id, caller.user_id};
    auto changed = tx.Execute(
        "UPDATE extension_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? "
        "AND revoked_at IS NULL",
        params);
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return Status::NotFound("no such token");
    audit::AuditEvent event = audit::By(caller, "extension_token.revoked", "extension_token:" + id);
    event.subject_id = caller.user_id;
    return audit::Record(tx, event, now);
  });
  if (written.code() == Status::Code::kNotFound) co_return http::NotFound();
  if (!written.ok()) co_return http::ServerFailure(written);
  co_return Response::Empty();
}

}  // namespace

void AddExtensionTokenRoutes(access::ApiRouter& api, Auth& auth) {
  api.Add(Verb::get, "/api/v1/extension-tokens", {.scope = Scope::kUser},
          access::Bind(auth, ListTokens));
  api.Add(Verb::post, "/api/v1/extension-tokens", {.scope = Scope::kUser},
          access::Bind(auth, IssueToken));
  api.Add(Verb::delete_, "/api/v1/extension-tokens/{tokenId}", {.scope = Scope::kUser},
          access::Bind(auth, RevokeToken));
}

}  // namespace waymark::auth
