#pragma once

#include <array>
#include <boost/asio/awaitable.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"

namespace waymark::http {

using Handler = std::function<boost::asio::awaitable<Response>(Request&)>;

struct Request;

// Decides which cross-origin callers may use a route. A handler that knows better (the
// widget's, which learns the project from the body) may set Access-Control-Allow-Origin
// itself; the policy is then not asked.
class CorsPolicy {
 public:
  virtual ~CorsPolicy() = default;
  // Whether a page of `origin` may read the answer to `request`.
  virtual bool Allows(std::string_view origin, const Request& request) const = 0;
  // Whether a page of `origin` may send the request a preflight asks about.
  virtual bool AllowsPreflight(std::string_view origin, const Request& request) const {
    return Allows(origin, request);
  }
};

struct RouteOptions {
  std::optional<std::size_t> body_limit;  // bytes; the server default when unset
  const CorsPolicy* cors = nullptr;       // answers preflight and sets CORS headers when set
};

// One '/'-separated piece of a pattern: literal text, or a parameter's name.
struct Segment {
  std::string text;
  bool is_param = false;
};

struct Route {
  Verb method;
  std::string pattern;  // "/api/v1/projects/{id}"
  Handler handler;
  RouteOptions options;
  std::size_t id = 0;             // index in the router, used to label metrics
  std::vector<Segment> segments;  // the pattern, split once when the route is added
};

struct Match {
  const Route* route = nullptr;       // set when method and path matched
  const Route* any_method = nullptr;  // a route of this path under another method
  std::string allow;                  // methods this path answers, when route is null
  bool preflight = false;             // OPTIONS for a path whose route allows CORS
};

// Maps method + path to a route. Path patterns are literal segments and `{name}`
// parameters. HEAD falls back to GET. The request path is split once and compared with
// each route's pre-split pattern, so most routes are passed over on the segment count.
class Router {
 public:
  // Paths deeper than this match no route (and so answer 404).
  static constexpr std::size_t kMaxSegments = 16;
  using PathParts = std::array<std::string_view, kMaxSegments>;

  void Add(Verb method, std::string pattern, Handler handler, RouteOptions options = {});

  // Fills `params` with the matched parameters. `preflight_request` is true for an OPTIONS
  // request that carries Access-Control-Request-Method.
  Match Find(Verb method, std::string_view path, bool preflight_request, PathParams& params) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  // "GET, HEAD, POST": the methods the path answers, for Allow.
  std::string AllowedMethods(const PathParts& parts, std::size_t count) const;

  std::vector<Route> routes_;
};

}  // namespace waymark::http
