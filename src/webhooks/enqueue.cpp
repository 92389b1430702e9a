#include "webhooks/enqueue.hpp"

#include <algorithm>
#include <array>
#include <boost/json/serialize.hpp>

#include "core/crypto.hpp"
#include "webhooks/doorbell.hpp"
#include "webhooks/events.hpp"

namespace waymark::webhooks {
namespace {

using store::Value;

// A delivery's id is the event's fresh id followed by the webhook's: unique, and the same
// event can be recognized across a project's webhooks. Whole literals, so that nothing is
// built on the ingestion path (the store keeps them prepared). A webhook's events are a JSON
// list of names, looked for with instr: SQLite prepares a statement again each time a
// LIKE's bound pattern changes, which made this insert most of an analytics turn.
constexpr std::string_view kEnqueueSql =
    "INSERT INTO webhook_deliveries (id, webhook_id, project_id, event, data, status, attempts, "
    "next_attempt_at, created_at) "
    "SELECT ? || w.id, w.id, w.project_id, ?, ?, 'pending', 0, ?, ? FROM webhooks w "
    "WHERE w.project_id = ? AND w.active = 1 AND instr(w.events, ?) > 0";
constexpr std::string_view kPingSql =
    "INSERT INTO webhook_deliveries (id, webhook_id, project_id, event, data, status, attempts, "
    "next_attempt_at, created_at) "
    "SELECT ? || w.id, w.id, w.project_id, ?, ?, 'pending', 0, ?, ? FROM webhooks w "
    "WHERE w.id = ? AND w.project_id = ?";

Status WakeAfterCommit(store::Transaction& tx, const Result<std::int64_t>& inserted) {
  if (!inserted.ok()) return inserted.status();
  if (*inserted > 0) tx.AfterCommit(RingDoorbell);
  return Status::Ok();
}

}  // namespace

Status Enqueue(store::Transaction& tx, std::string_view project_id, std::string_view event,
               const boost::json::object& data, std::int64_t now_ms) {
  // Quoted, a name matches whole names only.
  const std::array<Value, 7> params{
      crypto::NewId(), std::string(event),      boost::json::serialize(data),    now_ms,
      now_ms,          std::string(project_id), "\"" + std::string(event) + "\""};
  auto inserted = tx.Execute(kEnqueueSql, params);
  return WakeAfterCommit(tx, inserted);
}

Result<std::vector<std::string>> SubscribedEvents(store::Transaction& tx,
                                                  std::string_view project_id) {
  const std::array<Value, 1> project{std::string(project_id)};
  auto rows = tx.Query("SELECT events FROM webhooks WHERE project_id = ? AND active = 1", project);
  if (!rows.ok()) return rows.status();
  std::vector<std::string> subscribed;
  for (const auto& row : rows->rows) {
    for (std::string& event : EventsFromText(store::TextOf(row[0]))) {
      if (std::find(subscribed.begin(), subscribed.end(), event) == subscribed.end()) {
        subscribed.push_back(std::move(event));
      }
    }
  }
  return subscribed;
}

Result<std::string> EnqueuePing(store::Transaction& tx, std::string_view project_id,
                                std::string_view webhook_id, std::int64_t now_ms) {
  const std::string event_id = crypto::NewId();
  boost::json::object data{{"webhookId", webhook_id}};
  const std::array<Value, 7> params{
      event_id, std::string(kPing),      boost::json::serialize(data), now_ms,
      now_ms,   std::string(webhook_id), std::string(project_id)};
  auto inserted = tx.Execute(kPingSql, params);
  if (Status woken = WakeAfterCommit(tx, inserted); !woken.ok()) return woken;
  if (*inserted == 0) return Status::NotFound("no such webhook");
  return event_id + std::string(webhook_id);
}

}  // namespace waymark::webhooks
