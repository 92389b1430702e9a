#pragma once

#include <boost/asio/thread_pool.hpp>
#include <optional>
#include <string>
#include <variant>

#include "access/api_router.hpp"
#include "http/problem.hpp"
#include "traffic/traffic_index.hpp"

// GET /api/v1/traffic?from=YYYY-MM-DD&to=YYYY-MM-DD&top=N (docs/openapi.yaml): the
// statistics of the server's own access log, as `waymark logs stats --format json` prints
// them, for the instance's operators (the log holds every tenant's requests).
namespace waymark::traffic {

// What the route shares. REQUIRES: outlives the router.
struct TrafficContext {
  explicit TrafficContext(TrafficIndexOptions options) : index(std::move(options)) {}

  TrafficIndex index;
  // Reading the logs blocks: it runs here, never on an I/O thread. One thread, since the
  // index lets one refresher in at a time anyway.
  boost::asio::thread_pool pool{1};
};

inline constexpr std::size_t kDefaultTop = 20;
inline constexpr std::size_t kMaxTop = 100;

struct TrafficQuery {
  DayRange range;  // from and to, both included; an end not given is open
  std::size_t top = kDefaultTop;
};

// The query's parameters as given (nullopt when absent), or a 400 naming the one at fault.
std::variant<TrafficQuery, http::Problem> ReadTrafficQuery(const std::optional<std::string>& from,
                                                           const std::optional<std::string>& to,
                                                           const std::optional<std::string>& top);

void AddTrafficRoutes(access::ApiRouter& api, TrafficContext& context);

}  // namespace waymark::traffic
