#include "traffic/routes.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>

#include "core/clock.hpp"
#include "core/offload.hpp"
#include "core/time_format.hpp"
#include "traffic/report_json.hpp"

namespace waymark::traffic {
namespace {

using boost::asio::awaitable;

http::Problem BadParam(std::string field, std::string message) {
  return {http::StatusCode::bad_request,
          "Bad Request",
          "The traffic query is not valid.",
          {{std::move(field), std::move(message)}}};
}

awaitable<http::Response> Traffic(TrafficContext& context, http::Request& request,
                                  const access::Caller&) {
  auto query = ReadTrafficQuery(request.QueryParam("from"), request.QueryParam("to"),
                                request.QueryParam("top"));
  if (auto* problem = std::get_if<http::Problem>(&query)) co_return http::ProblemResponse(*problem);
  auto work = [&index = context.index, wanted = std::get<TrafficQuery>(query)] {
    index.Refresh();
    boost::json::object body = ReportJson(index.Query(wanted.range, wanted.top));
    body["generatedAt"] = Iso8601(UnixNow());
    return boost::json::serialize(body);
  };
  std::string body = co_await Offload(context.pool, "wm-traffic", std::move(work));
  http::Response response = http::Response::Json(std::move(body));
  response.SetHeader("Cache-Control", "no-store");
  co_return response;
}

}  // namespace

std::variant<TrafficQuery, http::Problem> ReadTrafficQuery(const std::optional<std::string>& from,
                                                           const std::optional<std::string>& to,
                                                           const std::optional<std::string>& top) {
  TrafficQuery query;
  if (from) {
    query.range.since = ParseIsoDate(*from);
    if (!query.range.since) return BadParam("from", "must be a date such as 2026-11-01");
  }
  if (to) {
    query.range.until = ParseIsoDate(*to);
    if (!query.range.until) return BadParam("to", "must be a date such as 2026-11-24");
  }
  if (query.range.since && query.range.until && *query.range.until < *query.range.since) {
    return BadParam("to", "must not be before from");
  }
  if (top) {
    std::size_t rows = 0;
    const char* end = top->data() + top->size();
    const auto parsed = std::from_chars(top->data(), end, rows);
    if (parsed.ec != std::errc() || parsed.ptr != end || rows < 1 || rows > kMaxTop) {
      return BadParam("top", "must be a whole number from 1 to " + std::to_string(kMaxTop));
    }
    query.top = rows;
  }
  return query;
}

void AddTrafficRoutes(access::ApiRouter& api, TrafficContext& context) {
  api.Add(http::Verb::get, "/api/v1/traffic",
          {.scope = access::Scope::kInstance, .role = access::Role::kAdmin},
          access::Bind(context, Traffic));
}

}  // namespace waymark::traffic
