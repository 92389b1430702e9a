#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::webhooks {

// Queues `event` (events.hpp) with `data` for every active webhook of the project that
// subscribes to it, inside the caller's transaction, so that a delivery exists if and only
// if the change that caused it commits; the dispatcher is woken after the commit. One
// statement: for a project without webhooks, an index lookup that finds nothing.
Status Enqueue(store::Transaction& tx, std::string_view project_id, std::string_view event,
               const boost::json::object& data, std::int64_t now_ms);

// The events some active webhook of the project subscribes to, each once: a caller
// announcing many changes asks once, and makes nothing for the events no webhook takes.
Result<std::vector<std::string>> SubscribedEvents(store::Transaction& tx,
                                                  std::string_view project_id);

// Queues a ping for one webhook of the project, whatever it subscribes to; answers the
// delivery's id, or NotFound when the project has no such webhook.
Result<std::string> EnqueuePing(store::Transaction& tx, std::string_view project_id,
                                std::string_view webhook_id, std::int64_t now_ms);

}  // namespace waymark::webhooks
