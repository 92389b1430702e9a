#include "widget/origin_gate.hpp"

#include "http/origin_pattern.hpp"
#include "http/problem.hpp"

namespace waymark::widget {
namespace {

bool OriginMayUse(std::string_view origin, const content::Snapshot& snapshot) {
  return origin.empty() || http::OriginAllowed(origin, snapshot.project.widget.allowed_origins);
}

}  // namespace

boost::asio::awaitable<Gate> OpenGate(content::Snapshots& snapshots, const http::Request& request,
                                      std::string project_key) {
  auto snapshot = co_await snapshots.GetByKey(std::move(project_key));
  if (!snapshot.ok()) {
    if (snapshot.status().code() != Status::Code::kNotFound) {
      co_return Gate{nullptr, http::ServerFailure(snapshot.status())};
    }
    co_return Gate{nullptr,
                   http::ProblemResponse({http::StatusCode::not_found,
                                          "Not Found",
                                          "No project has this key.",
                                          {{"projectId", "is not a project's public key"}}})};
  }
  if (!OriginMayUse(request.Header(http::Field::origin), **snapshot)) {
    co_return Gate{nullptr,
                   http::Forbidden("Pages of this origin may not use the project's widget; "
                                   "add the origin to the project's allowed origins.")};
  }
  co_return Gate{std::move(*snapshot), std::nullopt};
}

http::Response Readable(const http::Request& request, http::Response response) {
  std::string_view origin = request.Header(http::Field::origin);
  if (!origin.empty()) {
    response.SetHeader("Access-Control-Allow-Origin", origin);
    response.SetHeader("Vary", "Origin");
  }
  return response;
}

bool WidgetCorsPolicy::Allows(std::string_view origin, const http::Request& request) const {
  auto key = request.QueryParam("projectId");
  if (!key) return false;
  auto snapshot = snapshots_.LoadedByKey(*key);
  return snapshot != nullptr &&
         http::OriginAllowed(origin, snapshot->project.widget.allowed_origins);
}

bool WidgetCorsPolicy::AllowsPreflight(std::string_view origin,
                                       const http::Request& request) const {
  return !request.QueryParam("projectId") || Allows(origin, request);
}

}  // namespace waymark::widget
