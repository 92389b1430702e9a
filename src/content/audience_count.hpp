#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <string>

#include "core/status.hpp"
#include "store/database.hpp"
#include "targeting/conditions.hpp"

namespace waymark::content {

struct AudienceCount {
  std::int64_t matching = 0;
  std::int64_t total = 0;  // known end-users of the project
};

// How many of the project's known end-users meet `conditions` at `now`: the live count a
// maker sees while building a segment or an audience. Reads the users in batches of
// kBatch, so memory stays bounded however many there are.
boost::asio::awaitable<Result<AudienceCount>> CountAudience(store::Database& db,
                                                            std::string project_id,
                                                            const targeting::Conditions& conditions,
                                                            std::int64_t now);

}  // namespace waymark::content
