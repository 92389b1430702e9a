#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>

#include "store/database.hpp"

namespace waymark::content {

class Snapshots;
class Scheduler;

// What the content routes work with. REQUIRES: all three outlive the routes.
struct Context {
  store::Database& db;
  Snapshots& snapshots;
  Scheduler& scheduler;

  // Brings what the widget and the public changelog serve up to date after a write to the
  // project's content: its snapshot is rebuilt before the write is answered, so a maker who
  // publishes sees the post on the changelog at once, and the scheduler looks again for
  // the next thing due.
  boost::asio::awaitable<void> Changed(std::string project_id);
};

}  // namespace waymark::content
