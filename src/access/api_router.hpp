#pragma once

#include <boost/asio/awaitable.hpp>
#include <functional>
#include <string>
#include <vector>

#include "access/access.hpp"
#include "access/gatekeeper.hpp"
#include "http/router.hpp"

namespace waymark::access {

using ApiHandler =
    std::function<boost::asio::awaitable<http::Response>(http::Request&, const Caller&)>;

// A handler that needs `context` (the store, a module's shared state) as its first
// argument, bound to it: `api.Add(..., access::Bind(db, ListProjects))`. REQUIRES:
// `context` outlives the router.
template <class Context>
ApiHandler Bind(Context& context,
                boost::asio::awaitable<http::Response> (*handler)(Context&, http::Request&,
                                                                  const Caller&)) {
  return [&context, handler](http::Request& request, const Caller& caller) {
    return handler(context, request, caller);
  };
}

// A route as declared, for the docs and the permission tests.
struct DeclaredRoute {
  http::Verb method;
  std::string pattern;
  Access access;
};

// Registers management API routes, each with the Access it needs written beside its path:
//
//   api.Add(Verb::post, "/api/v1/projects/{projectId}/keys",
//           {.scope = Scope::kProject, .role = Role::kAdmin}, CreateKey);
//
// The handler runs only for callers the Gatekeeper admitted, and receives who they are.
class ApiRouter {
 public:
  // API bodies are small JSON documents.
  static constexpr std::size_t kBodyLimit = 64 * 1024;

  ApiRouter(http::Router& router, const Gatekeeper& gate) : router_(router), gate_(gate) {}

  void Add(http::Verb method, std::string pattern, Access access, ApiHandler handler);

  const std::vector<DeclaredRoute>& declared() const { return declared_; }
  const Gatekeeper& gate() const { return gate_; }

 private:
  http::Router& router_;
  const Gatekeeper& gate_;
  std::vector<DeclaredRoute> declared_;
};

}  // namespace waymark::access
