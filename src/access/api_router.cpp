#include "access/api_router.hpp"

namespace waymark::access {

void ApiRouter::Add(http::Verb method, std::string pattern, Access access, ApiHandler handler) {
  declared_.push_back({method, pattern, access});
  const Gatekeeper* gate = &gate_;
  router_.Add(method, std::move(pattern),
              [gate, access, handler = std::move(handler)](
                  http::Request& request) -> boost::asio::awaitable<http::Response> {
                Admission admission = co_await gate->Admit(request, access);
                if (auto* refusal = std::get_if<http::Response>(&admission))
                  co_return std::move(*refusal);
                co_return co_await handler(request, std::get<Caller>(admission));
              },
              {.body_limit = kBodyLimit});
}

}  // namespace waymark::access
