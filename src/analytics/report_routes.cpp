#include "analytics/report_routes.hpp"

#include <memory>

#include "analytics/csv.hpp"
#include "analytics/report.hpp"
#include "analytics/rollup.hpp"
#include "core/clock.hpp"

namespace waymark::analytics {
namespace {

using access::Caller;
using boost::asio::awaitable;
using store::Value;

constexpr std::size_t kExportPage = 2000;
// How long a report or export waits for acknowledged events to be stored before it answers
// without the rest (the report says how many: pendingEvents).
constexpr std::chrono::seconds kSettlePatience{2};

std::int64_t Today() {
  return UnixNow() / 86'400;
}

awaitable<Result<ReportRows>> LoadReportRows(store::Database& db, const std::string& project,
                                             const ReportRange& range) {
  ReportRows rows;
  std::vector<Value> in_range{project, range.from_day, range.to_day};
  auto project_rows = co_await db.Query(
      "SELECT day, metric, events, users FROM event_rollups WHERE project_id = ? AND day "
      "BETWEEN ? AND ? AND subject = '' ORDER BY day",
      in_range);
  if (!project_rows.ok()) co_return project_rows.status();
  rows.project = std::move(*project_rows);
  auto subjects = co_await db.Query(
      "SELECT subject, metric, SUM(events), SUM(users) FROM event_rollups WHERE project_id = ? "
      "AND day BETWEEN ? AND ? AND subject <> '' GROUP BY subject, metric",
      in_range);
  if (!subjects.ok()) co_return subjects.status();
  rows.subjects = std::move(*subjects);
  std::vector<Value> months{project, MonthOf(range.from_day * 86'400'000),
                            MonthOf(range.to_day * 86'400'000)};
  auto monthly = co_await db.Query(
      "SELECT month, users FROM monthly_active_users WHERE project_id = ? AND month BETWEEN ? "
      "AND ? ORDER BY month",
      months);
  if (!monthly.ok()) co_return monthly.status();
  rows.months = std::move(*monthly);
  std::vector<Value> owner{project, project};
  auto names = co_await db.Query(
      "SELECT 'i:' || id, name FROM interactions WHERE project_id = ? "
      "UNION ALL SELECT 'p:' || id, title FROM posts WHERE project_id = ?",
      owner);
  if (!names.ok()) co_return names.status();
  for (auto& row : names->rows) rows.names[store::TextOf(row[0])] = store::TextOf(row[1]);
  co_return rows;
}

awaitable<http::Response> Report(ReportContext& context, http::Request& request,
                                 const Caller& caller) {
  auto range = ReadReportRange(request.QueryParam("from"), request.QueryParam("to"),
                               request.QueryParam("granularity"), Today());
  if (auto* problem = std::get_if<http::Problem>(&range)) {
    co_return http::ProblemResponse(*problem);
  }
  if (context.ingestor != nullptr) co_await context.ingestor->Settle(kSettlePatience);
  auto rows = co_await LoadReportRows(context.db, caller.project_id, std::get<ReportRange>(range));
  if (!rows.ok()) co_return http::ServerFailure(rows.status());
  if (context.ingestor != nullptr) {
    rows->pending_events = static_cast<std::int64_t>(context.ingestor->pending(caller.project_id));
  }
  co_return http::Response::Json(ReportJson(std::get<ReportRange>(range), *rows));
}

// Pages through the project's events in the order of their ids (time order for the SDK's
// UUIDv7 ids), a page a piece, so an export of any size holds one page in memory.
class ExportStream {
 public:
  ExportStream(store::Database& db, std::string project, std::int64_t from_ms, std::int64_t to_ms)
      : db_(db), project_(std::move(project)), from_ms_(from_ms), to_ms_(to_ms) {}

  awaitable<Result<std::string>> Next() {
    if (!header_sent_) {
      header_sent_ = true;
      co_return CsvHeader();
    }
    if (done_) co_return std::string();
    std::vector<Value> params{project_, after_id_, from_ms_, to_ms_,
                              static_cast<std::int64_t>(kExportPage)};
    auto rows = co_await db_.Query("SELECT " + std::string(kExportColumns) +
                                       " FROM events WHERE project_id = ? AND event_id > ? AND "
                                       "ts >= ? AND ts < ? ORDER BY event_id LIMIT ?",
                                   std::move(params));
    if (!rows.ok()) co_return rows.status();
    if (rows->size() < kExportPage) done_ = true;
    if (rows->empty()) co_return std::string();
    std::string piece;
    for (const auto& row : rows->rows) piece += CsvLine(row);
    after_id_ = store::TextOf(rows->rows.back()[0]);
    co_return piece;
  }

 private:
  store::Database& db_;
  std::string project_;
  std::string after_id_;
  std::int64_t from_ms_;
  std::int64_t to_ms_;
  bool header_sent_ = false;
  bool done_ = false;
};

awaitable<http::Response> Export(ReportContext& context, http::Request& request,
                                 const Caller& caller) {
  auto range = ReadReportRange(request.QueryParam("from"), request.QueryParam("to"),
                               request.QueryParam("granularity"), Today());
  if (auto* problem = std::get_if<http::Problem>(&range)) {
    co_return http::ProblemResponse(*problem);
  }
  const ReportRange& days = std::get<ReportRange>(range);
  if (context.ingestor != nullptr) co_await context.ingestor->Settle(kSettlePatience);
  auto stream = std::make_shared<ExportStream>(
      context.db, caller.project_id, days.from_day * 86'400'000, (days.to_day + 1) * 86'400'000);
  http::Response response(http::StatusCode::ok, "text/csv; charset=utf-8", "");
  response.SetHeader("Content-Disposition", "attachment; filename=\"events.csv\"");
  response.SetStream([stream]() { return stream->Next(); });
  co_return response;
}

}  // namespace

void AddReportRoutes(access::ApiRouter& api, ReportContext& context) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  api.Add(Verb::get, "/api/v1/projects/{projectId}/analytics",
          {.scope = Scope::kProject, .role = Role::kViewer, .secret_key = true},
          access::Bind(context, Report));
  api.Add(Verb::get, "/api/v1/projects/{projectId}/analytics/events",
          {.scope = Scope::kProject, .role = Role::kAdmin, .secret_key = true},
          access::Bind(context, Export));
}

}  // namespace waymark::analytics
