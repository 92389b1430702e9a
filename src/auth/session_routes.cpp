#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "access/sessions.hpp"
#include "audit/audit_log.hpp"
#include "auth/routes.hpp"
#include "auth/signed_in.hpp"
#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "http/problem.hpp"

// A maker's own sessions: see where they are signed in, end one, or end them all.
namespace waymark::auth {
namespace {

using access::Caller;
using access::Scope;
using boost::asio::awaitable;
using http::Request;
using http::Response;
using http::Verb;

awaitable<Response> ListSessions(Auth& auth, Request&, const Caller& caller) {
  std::vector<store::Value> params{caller.user_id, UnixNow()};
  auto rows = co_await auth.db.Query(
      "SELECT id, created_at, last_seen_at, expires_at, ip, user_agent FROM sessions "
      "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY last_seen_at DESC",
      std::move(params));
  if (!rows.ok()) co_return http::ServerFailure(rows.status());
  boost::json::array items;
  for (const auto& row : rows->rows) {
    items.push_back({{"id", store::TextOf(row[0])},
                     {"createdAt", Iso8601(store::IntOf(row[1]))},
                     {"lastSeenAt", Iso8601(store::IntOf(row[2]))},
                     {"expiresAt", Iso8601(store::IntOf(row[3]))},
                     {"ip", store::TextOf(row[4])},
                     {"userAgent", store::TextOf(row[5])},
                     {"current", store::TextOf(row[0]) == caller.credential_id}});
  }
  co_return Response::Json(
      boost::json::serialize(boost::json::object{{"items", std::move(items)}}));
}

awaitable<Response> RevokeOne(Auth& auth, Request& request, const Caller& caller) {
  std::string id = request.Param("sessionId").value_or("");
  const std::int64_t now = UnixNow();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    if (Status revoked = access::RevokeSession(tx, caller.user_id, id, now); !revoked.ok()) {
      return revoked;
    }
    audit::AuditEvent event = audit::By(caller, "session.revoked", "session:" + id);
    event.subject_id = caller.user_id;
    return audit::Record(tx, event, now);
  });
  if (written.code() == Status::Code::kNotFound) co_return http::NotFound();
  if (!written.ok()) co_return http::ServerFailure(written);
  Response response = Response::Empty();
  if (id == caller.credential_id) response.SetHeader("Set-Cookie", ExpiredSessionCookie(auth));
  co_return response;
}

// "Sign out everywhere", this browser included.
awaitable<Response> RevokeAll(Auth& auth, Request&, const Caller& caller) {
  const std::int64_t now = UnixNow();
  Status written = co_await auth.db.Write([&](store::Transaction& tx) -> Status {
    auto ended = access::RevokeUserSessions(tx, caller.user_id, now);
    if (!ended.ok()) return ended.status();
    audit::AuditEvent event = audit::By(caller, "session.revoked_all", "user:" + caller.user_id);
    event.subject_id = caller.user_id;
    event.details = {{"sessions", *ended}};
    return audit::Record(tx, event, now);
  });
  if (!written.ok()) co_return http::ServerFailure(written);
  Response response = Response::Empty();
  response.SetHeader("Set-Cookie", ExpiredSessionCookie(auth));
  co_return response;
}

}  // namespace

void AddSessionRoutes(access::ApiRouter& api, Auth& auth) {
  api.Add(Verb::get, "/api/v1/auth/sessions", {.scope = Scope::kUser},
          access::Bind(auth, ListSessions));
  api.Add(Verb::delete_, "/api/v1/auth/sessions", {.scope = Scope::kUser},
          access::Bind(auth, RevokeAll));
  api.Add(Verb::delete_, "/api/v1/auth/sessions/{sessionId}", {.scope = Scope::kUser},
          access::Bind(auth, RevokeOne));
}

}  // namespace waymark::auth
