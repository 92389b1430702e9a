#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "http/page.hpp"
#include "store/database.hpp"

// Deliveries as stored: the log the API shows, and the queue the dispatcher works through.
namespace waymark::webhooks {

struct Delivery {
  std::string id;
  std::string webhook_id;
  std::string project_id;
  std::string event;
  std::string data;    // the event's data, JSON text
  std::string status;  // pending, succeeded or failed
  std::int64_t attempts = 0;
  std::optional<std::int64_t> next_attempt_at;  // while pending
  std::optional<std::int64_t> last_attempt_at;
  std::optional<std::int64_t> last_status;   // the receiver's HTTP status
  std::optional<std::string> last_error;     // why the last attempt failed
  std::optional<std::string> last_response;  // the start of the receiver's last answer
  std::int64_t created_at = 0;               // epoch milliseconds, as every time here
};

// A delivery due now, with what sending it takes.
struct DueDelivery {
  Delivery delivery;
  std::string url;
  std::int64_t secret_generation = 1;
};

// What one attempt came to.
struct AttemptRecord {
  std::int64_t at = 0;
  std::optional<std::int64_t> status;
  std::string error;             // "" when it succeeded
  std::string response;          // already cut to what the log keeps
  std::string_view next_status;  // AfterAttempt's verdict
  std::optional<std::int64_t> next_attempt_at;
};

// Takes up to `limit` pending deliveries due at `now` of active webhooks, oldest due
// first, and moves them out of reach until `lease_until`: should this process die while
// sending, they come due again then (so a receiver may see a delivery twice, never zero
// times).
Result<std::vector<DueDelivery>> ClaimDue(store::Transaction& tx, std::int64_t now, int limit,
                                          std::int64_t lease_until);

// Records the attempt on the delivery claimed as `claimed` (unless another attempt was
// recorded meanwhile).
Status RecordAttempt(store::Transaction& tx, const Delivery& claimed, const AttemptRecord& record);

// Deletes the deliveries that ended (succeeded or failed) and were created before `before`.
Status PruneEnded(store::Transaction& tx, std::int64_t before);

// When the next pending delivery of an active webhook is due, if any.
boost::asio::awaitable<std::optional<std::int64_t>> NextDue(store::Database& db);

// A page of the webhook's deliveries, newest first, after `after` (exclusive) when given.
boost::asio::awaitable<Result<std::vector<Delivery>>> ListDeliveries(
    store::Database& db, std::string project_id, std::string webhook_id,
    std::optional<http::Cursor> after, int limit);

}  // namespace waymark::webhooks
