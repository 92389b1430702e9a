#include "webhooks/webhook_store.hpp"

#include <array>

#include "webhooks/events.hpp"

namespace waymark::webhooks {

using boost::asio::awaitable;
using store::Value;

namespace {

constexpr std::string_view kColumns =
    "SELECT id, project_id, url, events, active, secret_generation, created_by, created_at, "
    "updated_at FROM webhooks ";

Webhook WebhookOf(const std::vector<Value>& row) {
  Webhook webhook;
  webhook.id = store::TextOf(row[0]);
  webhook.project_id = store::TextOf(row[1]);
  webhook.url = store::TextOf(row[2]);
  webhook.events = EventsFromText(store::TextOf(row[3]));
  webhook.active = store::IntOf(row[4]) != 0;
  webhook.secret_generation = store::IntOf(row[5]);
  if (!store::IsNull(row[6])) webhook.created_by = store::TextOf(row[6]);
  webhook.created_at = store::IntOf(row[7]);
  webhook.updated_at = store::IntOf(row[8]);
  return webhook;
}

Result<Webhook> OnlyRow(const Result<store::Rows>& rows) {
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("no such webhook");
  return WebhookOf(rows->rows[0]);
}

}  // namespace

Status InsertWebhook(store::Transaction& tx, const Webhook& webhook) {
  const std::array<Value, 1> project{webhook.project_id};
  auto count = tx.Query("SELECT COUNT(*) FROM webhooks WHERE project_id = ?", project);
  if (!count.ok()) return count.status();
  if (store::IntOf(count->rows.at(0).at(0)) >= kMaxWebhooksPerProject) {
    return Status::Conflict("A project has at most " + std::to_string(kMaxWebhooksPerProject) +
                            " webhooks.");
  }
  const std::array<Value, 9> row{webhook.id,
                                 webhook.project_id,
                                 webhook.url,
                                 EventsText(webhook.events),
                                 std::int64_t{webhook.active ? 1 : 0},
                                 webhook.secret_generation,
                                 store::TextOrNull(webhook.created_by),
                                 webhook.created_at,
                                 webhook.updated_at};
  return tx
      .Execute(
          "INSERT INTO webhooks (id, project_id, url, events, active, secret_generation, "
          "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row)
      .status();
}

Status SaveWebhook(store::Transaction& tx, const Webhook& webhook) {
  const std::array<Value, 7> row{webhook.url,
                                 EventsText(webhook.events),
                                 std::int64_t{webhook.active ? 1 : 0},
                                 webhook.secret_generation,
                                 webhook.updated_at,
                                 webhook.id,
                                 webhook.project_id};
  auto changed = tx.Execute(
      "UPDATE webhooks SET url = ?, events = ?, active = ?, secret_generation = ?, updated_at = ? "
      "WHERE id = ? AND project_id = ?",
      row);
  if (!changed.ok()) return changed.status();
  return *changed == 0 ? Status::NotFound("no such webhook") : Status::Ok();
}

Status DeleteWebhook(store::Transaction& tx, std::string_view project_id, std::string_view id) {
  const std::array<Value, 2> params{std::string(id), std::string(project_id)};
  auto deleted = tx.Execute("DELETE FROM webhooks WHERE id = ? AND project_id = ?", params);
  if (!deleted.ok()) return deleted.status();
  return *deleted == 0 ? Status::NotFound("no such webhook") : Status::Ok();
}

Result<Webhook> FindWebhook(store::Transaction& tx, std::string_view project_id,
                            std::string_view id) {
  const std::array<Value, 2> params{std::string(id), std::string(project_id)};
  return OnlyRow(tx.Query(std::string(kColumns) + "WHERE id = ? AND project_id = ?", params));
}

awaitable<Result<Webhook>> FindWebhook(store::Database& db, std::string project_id,
                                       std::string id) {
  std::vector<Value> params{std::move(id), std::move(project_id)};
  auto rows = co_await db.Query(std::string(kColumns) + "WHERE id = ? AND project_id = ?",
                                std::move(params));
  co_return OnlyRow(rows);
}

awaitable<Result<std::vector<Webhook>>> ListWebhooks(store::Database& db, std::string project_id) {
  std::vector<Value> params{std::move(project_id)};
  auto rows = co_await db.Query(
      std::string(kColumns) + "WHERE project_id = ? ORDER BY created_at, id", std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<Webhook> webhooks;
  for (const auto& row : rows->rows) webhooks.push_back(WebhookOf(row));
  co_return webhooks;
}

}  // namespace waymark::webhooks
