#include "http/router.hpp"

#include <boost/beast/http/verb.hpp>

namespace waymark::http {
namespace {

std::string_view NextSegment(std::string_view& path) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  std::size_t slash = path.find('/');
  std::string_view segment = path.substr(0, slash);
  path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  return segment;
}

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// True when `path` fits `pattern`; captures parameters into `params`.
bool PathMatches(std::string_view pattern, std::string_view path, PathParams& params) {
  params.Clear();
  if (pattern == "/" || path == "/") return pattern == path;
  while (!pattern.empty() || !path.empty()) {
    if (pattern.empty() || path.empty()) return false;
    std::string_view expected = NextSegment(pattern);
    std::string_view actual = NextSegment(path);
    if (IsParam(expected)) {
      if (actual.empty() || !params.Add(expected.substr(1, expected.size() - 2), actual)) {
        return false;
      }
    } else if (expected != actual) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Router::Add(Verb method, std::string pattern, Handler handler, RouteOptions options) {
  std::size_t id = routes_.size();
  routes_.push_back({method, std::move(pattern), std::move(handler), options, id});
}

Match Router::Find(Verb method, std::string_view path, bool preflight_request,
                   PathParams& params) const {
  Match match;
  const Route* head_fallback = nullptr;
  PathParams scratch;
  for (const Route& route : routes_) {
    if (!PathMatches(route.pattern, path, scratch)) continue;
    if (route.method == method) {
      match.route = &route;
      params = scratch;
      return match;
    }
    if (method == Verb::head && route.method == Verb::get && head_fallback == nullptr) {
      head_fallback = &route;
      params = scratch;
    }
    if (match.any_method == nullptr) match.any_method = &route;
    if (!match.allow.empty()) match.allow += ", ";
    match.allow += boost::beast::http::to_string(route.method);
    if (route.method == Verb::get) match.allow += ", HEAD";
    if (route.options.cors != nullptr && method == Verb::options && preflight_request) {
      match.preflight = true;
      match.any_method = &route;
      params = scratch;
    }
  }
  if (head_fallback != nullptr) {
    match.route = head_fallback;
    match.allow.clear();
  }
  return match;
}

}  // namespace waymark::http
