#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <string>

#include "content/snapshot.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::content {

// Adds the project's published interactions whose schedule has not ended at `now` to the
// snapshot, compiled, and sets its next_boundary.
boost::asio::awaitable<Status> ReadLiveInteractions(store::Database& db,
                                                    const std::string& project_id, std::int64_t now,
                                                    Snapshot& snapshot);

}  // namespace waymark::content
