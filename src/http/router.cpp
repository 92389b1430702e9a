#include "http/router.hpp"

#include <algorithm>
#include <array>
#include <boost/beast/http/verb.hpp>

namespace waymark::http {
namespace {

// Splits "/a/b/c" into {"a", "b", "c"}; "/" is one empty segment. Returns the count, or
// kMaxSegments + 1 when there are more.
std::size_t SplitPath(std::string_view path, Router::PathParts& parts) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  std::size_t count = 0;
  for (;;) {
    if (count == Router::kMaxSegments) return Router::kMaxSegments + 1;
    std::size_t slash = path.find('/');
    parts[count++] = path.substr(0, slash);
    if (slash == std::string_view::npos) return count;
    path.remove_prefix(slash + 1);
  }
}

std::vector<Segment> SplitPattern(std::string_view pattern) {
  Router::PathParts parts;
  std::size_t count = std::min(SplitPath(pattern, parts), Router::kMaxSegments);
  std::vector<Segment> segments;
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view part = parts[i];
    bool is_param = part.size() > 2 && part.front() == '{' && part.back() == '}';
    segments.push_back({std::string(is_param ? part.substr(1, part.size() - 2) : part), is_param});
  }
  return segments;
}

// True when the split path fits the route's pattern; captures parameters into `params`.
bool Fits(const Route& route, const Router::PathParts& parts, std::size_t count,
          PathParams& params) {
  if (route.segments.size() != count) return false;
  params.Clear();
  for (std::size_t i = 0; i < count; ++i) {
    const Segment& segment = route.segments[i];
    if (!segment.is_param) {
      if (segment.text != parts[i]) return false;
    } else if (parts[i].empty() || !params.Add(segment.text, parts[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Router::Add(Verb method, std::string pattern, Handler handler, RouteOptions options) {
  std::size_t id = routes_.size();
  std::vector<Segment> segments = SplitPattern(pattern);
  routes_.push_back(
      {method, std::move(pattern), std::move(handler), options, id, std::move(segments)});
}

Match Router::Find(Verb method, std::string_view path, bool preflight_request,
                   PathParams& params) const {
  Match match;
  PathParts parts;
  std::size_t count = SplitPath(path, parts);
  if (count > kMaxSegments) return match;
  const Route* head_fallback = nullptr;
  PathParams scratch;
  for (const Route& route : routes_) {
    if (!Fits(route, parts, count, scratch)) continue;
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
    if (route.options.cors != nullptr && method == Verb::options && preflight_request) {
      match.preflight = true;
      match.any_method = &route;
      params = scratch;
    }
  }
  if (head_fallback != nullptr) {
    match.route = head_fallback;
  } else if (match.any_method != nullptr) {
    match.allow = AllowedMethods(parts, count);  // only on 405 and preflight: off the hot path
  }
  return match;
}

std::string Router::AllowedMethods(const PathParts& parts, std::size_t count) const {
  std::string allow;
  PathParams scratch;
  for (const Route& route : routes_) {
    if (!Fits(route, parts, count, scratch)) continue;
    if (!allow.empty()) allow += ", ";
    allow += boost::beast::http::to_string(route.method);
    if (route.method == Verb::get) allow += ", HEAD";
  }
  return allow;
}

}  // namespace waymark::http
