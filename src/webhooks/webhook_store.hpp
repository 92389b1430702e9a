#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "store/database.hpp"

// Webhooks as stored. Every statement names the project beside the webhook, so an id from
// another project finds nothing.
namespace waymark::webhooks {

// Bounds the fan-out of one event, and so the cost of Enqueue.
inline constexpr std::int64_t kMaxWebhooksPerProject = 20;

struct Webhook {
  std::string id;
  std::string project_id;
  std::string url;
  std::vector<std::string> events;
  bool active = true;
  std::int64_t secret_generation = 1;
  std::optional<std::string> created_by;
  std::int64_t created_at = 0;  // epoch milliseconds, as every time of this module
  std::int64_t updated_at = 0;
};

// A new webhook; Conflict when the project has kMaxWebhooksPerProject already.
Status InsertWebhook(store::Transaction& tx, const Webhook& webhook);
// Writes url, events, active, secret_generation and updated_at; NotFound when it is gone.
Status SaveWebhook(store::Transaction& tx, const Webhook& webhook);
Status DeleteWebhook(store::Transaction& tx, std::string_view project_id, std::string_view id);
Result<Webhook> FindWebhook(store::Transaction& tx, std::string_view project_id,
                            std::string_view id);

// Reads (run on the reader pool).
boost::asio::awaitable<Result<Webhook>> FindWebhook(store::Database& db, std::string project_id,
                                                    std::string id);
// The project's webhooks, oldest first.
boost::asio::awaitable<Result<std::vector<Webhook>>> ListWebhooks(store::Database& db,
                                                                  std::string project_id);

}  // namespace waymark::webhooks
