#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>

#include "content/snapshots.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

// Who may use a project's widget API from a browser: pages of the project's allowed
// origins (content/widget_settings.hpp). Requests without an Origin come from servers or
// tools, which CORS does not concern.
namespace waymark::widget {

// The project the request names, when its origin may use it; otherwise the answer: 404
// for a key no project has, 403 for an origin the project does not allow.
struct Gate {
  content::Snapshots::Handle snapshot;
  std::optional<http::Response> refusal;
};
boost::asio::awaitable<Gate> OpenGate(content::Snapshots& snapshots, const http::Request& request,
                                      std::string project_key);

// `response` readable by the request's origin. REQUIRES: OpenGate let the request in.
http::Response Readable(const http::Request& request, http::Response response);

// For preflights, which carry no body: a request naming its project in the query
// (?projectId=, as the feed's GET does) is allowed for that project's origins; one that
// does not may be sent from anywhere, and its handler decides who may read the answer.
class WidgetCorsPolicy final : public http::CorsPolicy {
 public:
  explicit WidgetCorsPolicy(const content::Snapshots& snapshots) : snapshots_(snapshots) {}
  bool Allows(std::string_view origin, const http::Request& request) const override;
  bool AllowsPreflight(std::string_view origin, const http::Request& request) const override;

 private:
  const content::Snapshots& snapshots_;
};

}  // namespace waymark::widget
