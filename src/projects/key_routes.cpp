#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <optional>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "http/problem.hpp"
#include "projects/key_store.hpp"
#include "projects/route_parts.hpp"

namespace waymark::projects {
namespace {

using access::Caller;
using boost::asio::awaitable;
using store::Value;

boost::json::object KeyJson(const SecretKey& key) {
  boost::json::object json{{"id", key.id},
                           {"name", key.name},
                           {"hint", key.hint},
                           {"createdAt", Iso8601(key.created_at)}};
  json["lastUsedAt"] = key.last_used_at ? boost::json::value(Iso8601(*key.last_used_at))
                                        : boost::json::value(nullptr);
  json["createdBy"] =
      key.created_by ? boost::json::value(*key.created_by) : boost::json::value(nullptr);
  return json;
}

// The project's public key and its live secret keys; one row per key, or a single row of
// NULL key columns when it has none.
awaitable<http::Response> List(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.project_id, caller.workspace_id};
  auto rows = co_await db.Query(
      "SELECT p.public_key, " + std::string(kKeyColumns) +
          " FROM projects p LEFT JOIN api_keys k ON k.project_id = p.id AND k.revoked_at IS NULL "
          "WHERE p.id = ? AND p.workspace_id = ? ORDER BY k.created_at, k.id",
      std::move(params));
  if (!rows.ok()) co_return StoreFailure(rows.status());
  if (rows->empty()) co_return http::NotFound();
  boost::json::array items;
  for (const auto& row : rows->rows) {
    if (!store::IsNull(row[1])) items.push_back(KeyJson(KeyOf(row, 1)));
  }
  boost::json::object body;
  body["publicKey"] = store::TextOf(rows->rows[0][0]);
  body["items"] = std::move(items);
  co_return http::Response::Json(boost::json::serialize(body));
}

awaitable<http::Response> Issue(store::Database& db, http::Request& request, const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  std::string name = fields.Text("name", kNameRule);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNow();
  std::optional<std::string> created_by;
  if (!caller.user_id.empty()) created_by = caller.user_id;
  std::optional<IssuedKey> issued;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto key = CreateKey(tx, caller.project_id, caller.workspace_id, name, created_by, now);
    if (!key.ok()) return key.status();
    // The details name the key, never its secret.
    audit::AuditEvent event = audit::By(caller, "key.created", "key:" + key->key.id);
    event.details = {
        {"projectId", caller.project_id}, {"name", key->key.name}, {"hint", key->key.hint}};
    issued = std::move(*key);
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return StoreFailure(status);

  boost::json::object body{{"id", issued->key.id},
                           {"name", issued->key.name},
                           {"hint", issued->key.hint},
                           {"secret", issued->secret},
                           {"createdAt", Iso8601(issued->key.created_at)}};
  http::Response response =
      http::Response::Json(boost::json::serialize(body), http::StatusCode::created);
  // The secret is in this answer only: no cache may keep a copy.
  response.SetHeader("Cache-Control", "no-store");
  co_return response;
}

awaitable<http::Response> Revoke(store::Database& db, http::Request& request,
                                 const Caller& caller) {
  std::optional<std::string> key_id = request.Param("keyId");
  if (!key_id) co_return http::NotFound();
  const std::int64_t now = UnixNow();
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    Status revoked = RevokeKey(tx, *key_id, caller.project_id, caller.workspace_id, now);
    if (!revoked.ok()) return revoked;
    audit::AuditEvent event = audit::By(caller, "key.revoked", "key:" + *key_id);
    event.details = {{"projectId", caller.project_id}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return StoreFailure(status);
  co_return http::Response::Empty();
}

}  // namespace

void AddKeyRoutes(access::ApiRouter& api, store::Database& db) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  // Admins only, and no secret key: a key cannot list, mint or revoke keys, even its own.
  api.Add(Verb::get, "/api/v1/projects/{projectId}/keys",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(db, List));
  api.Add(Verb::post, "/api/v1/projects/{projectId}/keys",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(db, Issue));
  api.Add(Verb::delete_, "/api/v1/projects/{projectId}/keys/{keyId}",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(db, Revoke));
}

}  // namespace waymark::projects
