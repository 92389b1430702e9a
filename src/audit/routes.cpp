#include "audit/routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <limits>

#include "core/time_format.hpp"
#include "http/page.hpp"
#include "http/problem.hpp"

namespace waymark::audit {
namespace {

using access::Caller;
using boost::asio::awaitable;
using store::Value;

constexpr std::string_view kPageSql =
    "SELECT e.id, e.at, e.action, e.target, e.actor_id, u.email, e.subject_id, e.ip, e.details "
    "FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id "
    "WHERE (e.workspace_id = ? OR (e.workspace_id IS NULL AND e.subject_id IN "
    "(SELECT user_id FROM memberships WHERE workspace_id = ?))) "
    "AND (e.at < ? OR (e.at = ? AND e.id < ?)) "
    "ORDER BY e.at DESC, e.id DESC LIMIT ?";

boost::json::object EventJson(const std::vector<Value>& row) {
  boost::json::object event;
  event["id"] = store::TextOf(row[0]);
  event["at"] = Iso8601(store::IntOf(row[1]));
  event["action"] = store::TextOf(row[2]);
  event["target"] = store::TextOf(row[3]);
  if (store::IsNull(row[4])) {
    event["actor"] = nullptr;
  } else {
    event["actor"] = {{"id", store::TextOf(row[4])}, {"email", store::TextOf(row[5])}};
  }
  event["subjectId"] = store::IsNull(row[6]) ? boost::json::value(nullptr)
                                             : boost::json::value(store::TextOf(row[6]));
  event["ip"] = store::TextOf(row[7]);
  boost::system::error_code ec;
  boost::json::value details = boost::json::parse(store::TextOf(row[8]), ec);
  event["details"] = ec ? boost::json::object() : std::move(details);
  return event;
}

awaitable<http::Response> ListEvents(store::Database& db, http::Request& request,
                                     const Caller& caller) {
  auto page = http::ReadPageRequest(request);
  if (auto* refusal = std::get_if<http::Response>(&page)) co_return std::move(*refusal);
  const int limit = std::get<http::PageRequest>(page).limit;
  const http::Cursor after = std::get<http::PageRequest>(page).after.value_or(
      http::Cursor{std::numeric_limits<std::int64_t>::max(), ""});
  std::vector<Value> params{
      caller.workspace_id,    caller.workspace_id, after.at, after.at, after.id,
      std::int64_t{limit + 1}};
  auto rows = co_await db.Query(std::string(kPageSql), std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();

  boost::json::array items;
  const std::size_t shown = std::min(rows->size(), static_cast<std::size_t>(limit));
  for (std::size_t i = 0; i < shown; ++i) items.push_back(EventJson(rows->rows[i]));
  boost::json::object body;
  body["items"] = std::move(items);
  if (rows->size() > shown) {
    const auto& last = rows->rows[shown - 1];
    body["nextCursor"] = http::FormatCursor({store::IntOf(last[1]), store::TextOf(last[0])});
  } else {
    body["nextCursor"] = nullptr;
  }
  co_return http::Response::Json(boost::json::serialize(body));
}

}  // namespace

void AddRoutes(access::ApiRouter& api, store::Database& db) {
  using access::Role;
  using access::Scope;
  api.Add(http::Verb::get, "/api/v1/workspaces/{workspaceId}/audit",
          {.scope = Scope::kWorkspace, .role = Role::kAdmin}, access::Bind(db, ListEvents));
}

}  // namespace waymark::audit
