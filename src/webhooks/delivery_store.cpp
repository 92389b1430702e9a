#include "webhooks/delivery_store.hpp"

#include <array>
#include <limits>

namespace waymark::webhooks {

using boost::asio::awaitable;
using store::Value;

namespace {

constexpr std::string_view kDeliveryColumns =
    "d.id, d.webhook_id, d.project_id, d.event, d.data, d.status, d.attempts, "
    "d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.last_response, "
    "d.created_at";

std::optional<std::string> OptionalTextOf(const Value& value) {
  return store::IsNull(value) ? std::nullopt : std::optional<std::string>(store::TextOf(value));
}

Delivery DeliveryOf(const std::vector<Value>& row) {
  Delivery d;
  d.id = store::TextOf(row[0]);
  d.webhook_id = store::TextOf(row[1]);
  d.project_id = store::TextOf(row[2]);
  d.event = store::TextOf(row[3]);
  d.data = store::TextOf(row[4]);
  d.status = store::TextOf(row[5]);
  d.attempts = store::IntOf(row[6]);
  d.next_attempt_at = store::OptionalIntOf(row[7]);
  d.last_attempt_at = store::OptionalIntOf(row[8]);
  d.last_status = store::OptionalIntOf(row[9]);
  d.last_error = OptionalTextOf(row[10]);
  d.last_response = OptionalTextOf(row[11]);
  d.created_at = store::IntOf(row[12]);
  return d;
}

}  // namespace

Result<std::vector<DueDelivery>> ClaimDue(store::Transaction& tx, std::int64_t now, int limit,
                                          std::int64_t lease_until) {
  const std::array<Value, 2> params{now, std::int64_t{limit}};
  auto rows = tx.Query("SELECT " + std::string(kDeliveryColumns) +
                           ", w.url, w.secret_generation FROM webhook_deliveries d "
                           "JOIN webhooks w ON w.id = d.webhook_id "
                           "WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.active = 1 "
                           "ORDER BY d.next_attempt_at, d.id LIMIT ?",
                       params);
  if (!rows.ok()) return rows.status();
  std::vector<DueDelivery> due;
  for (const auto& row : rows->rows) {
    due.push_back({DeliveryOf(row), store::TextOf(row[13]), store::IntOf(row[14])});
    const std::array<Value, 2> lease{lease_until, due.back().delivery.id};
    auto leased =
        tx.Execute("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?", lease);
    if (!leased.ok()) return leased.status();
  }
  return due;
}

Status RecordAttempt(store::Transaction& tx, const Delivery& claimed, const AttemptRecord& record) {
  const std::array<Value, 10> params{
      std::string(record.next_status),
      claimed.attempts + 1,
      record.next_attempt_at ? Value(*record.next_attempt_at) : Value(nullptr),
      record.at,
      record.status ? Value(*record.status) : Value(nullptr),
      record.error.empty() ? Value(nullptr) : Value(record.error),
      record.response,
      claimed.id,
      claimed.attempts,
      std::string("pending")};
  return tx
      .Execute(
          "UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, "
          "last_attempt_at = ?, last_status = ?, last_error = ?, last_response = ? "
          "WHERE id = ? AND attempts = ? AND status = ?",
          params)
      .status();
}

Status PruneEnded(store::Transaction& tx, std::int64_t before) {
  const std::array<Value, 1> params{before};
  return tx
      .Execute(
          "DELETE FROM webhook_deliveries WHERE status IN ('succeeded', 'failed') AND "
          "created_at < ?",
          params)
      .status();
}

awaitable<std::optional<std::int64_t>> NextDue(store::Database& db) {
  std::vector<Value> none;
  auto rows = co_await db.Query(
      "SELECT MIN(d.next_attempt_at) FROM webhook_deliveries d JOIN webhooks w ON w.id = "
      "d.webhook_id WHERE d.status = 'pending' AND w.active = 1",
      std::move(none));
  if (!rows.ok() || rows->empty()) co_return std::nullopt;
  co_return store::OptionalIntOf(rows->rows[0][0]);
}

awaitable<Result<std::vector<Delivery>>> ListDeliveries(store::Database& db, std::string project_id,
                                                        std::string webhook_id,
                                                        std::optional<http::Cursor> after,
                                                        int limit) {
  http::Cursor from = after.value_or(http::Cursor{std::numeric_limits<std::int64_t>::max(), ""});
  std::vector<Value> params{std::move(webhook_id), std::move(project_id), from.at, from.at, from.id,
                            std::int64_t{limit}};
  auto rows = co_await db.Query(
      "SELECT " + std::string(kDeliveryColumns) +
          " FROM webhook_deliveries d WHERE d.webhook_id = ? AND d.project_id = ? AND "
          "(d.created_at < ? OR (d.created_at = ? AND d.id < ?)) "
          "ORDER BY d.created_at DESC, d.id DESC LIMIT ?",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<Delivery> deliveries;
  for (const auto& row : rows->rows) deliveries.push_back(DeliveryOf(row));
  co_return deliveries;
}

}  // namespace waymark::webhooks
