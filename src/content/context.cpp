#include "content/context.hpp"

#include <spdlog/spdlog.h>

#include "content/scheduler.hpp"
#include "content/snapshots.hpp"

namespace waymark::content {

boost::asio::awaitable<void> Context::Changed(std::string project_id) {
  Status rebuilt = co_await snapshots.Rebuild(project_id);
  // The write itself is done and durable: a failed rebuild leaves the old snapshot in
  // place until the next change or scheduler pass, and is worth a warning, not an error.
  if (!rebuilt.ok() && rebuilt.code() != Status::Code::kNotFound) {
    spdlog::warn("content.snapshot_failed project={} error=\"{}\"", project_id, rebuilt.message());
  }
  scheduler.Poke();
}

}  // namespace waymark::content
