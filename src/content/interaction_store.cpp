#include "content/interaction_store.hpp"

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <limits>
#include <set>

#include "core/crypto.hpp"

namespace waymark::content {

using boost::asio::awaitable;
using store::Value;

namespace {

Value OptionalTime(const std::optional<std::int64_t>& at) {
  return at ? Value(*at) : Value(nullptr);
}

boost::json::value ParsedOr(std::string_view text, boost::json::value fallback) {
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(text, ec);
  return ec ? fallback : json;
}

}  // namespace

Interaction InteractionOf(const std::vector<Value>& row) {
  Interaction interaction{store::TextOf(row[0]), store::TextOf(row[1]), {},
                          store::IntOf(row[10]), store::IntOf(row[11]), store::IntOf(row[12])};
  InteractionDraft& draft = interaction.draft;
  draft.name = store::TextOf(row[2]);
  draft.status = store::TextOf(row[3]);
  draft.format = store::TextOf(row[4]);
  boost::json::value content = ParsedOr(store::TextOf(row[5]), boost::json::object());
  if (content.is_object()) draft.content = std::move(content.get_object());
  draft.targeting = ParsedOr(store::TextOf(row[6]), boost::json::object());
  if (!store::IsNull(row[7])) draft.post_id = store::TextOf(row[7]);
  draft.starts_at = store::OptionalIntOf(row[8]);
  draft.ends_at = store::OptionalIntOf(row[9]);
  return interaction;
}

Result<Interaction> InsertInteraction(store::Transaction& tx, std::string_view project_id,
                                      InteractionDraft draft, std::int64_t now) {
  Interaction interaction{crypto::NewId(), std::string(project_id), std::move(draft), 1, now, now};
  const InteractionDraft& d = interaction.draft;
  const std::array<Value, 13> row{interaction.id,
                                  interaction.project_id,
                                  d.name,
                                  d.status,
                                  d.format,
                                  boost::json::serialize(d.content),
                                  boost::json::serialize(d.targeting),
                                  store::TextOrNull(d.post_id),
                                  OptionalTime(d.starts_at),
                                  OptionalTime(d.ends_at),
                                  interaction.version,
                                  interaction.created_at,
                                  interaction.updated_at};
  auto inserted = tx.Execute(
      "INSERT INTO interactions (id, project_id, name, status, format, content, targeting, "
      "post_id, starts_at, ends_at, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row);
  if (!inserted.ok()) return inserted.status();
  return interaction;
}

Result<std::optional<Interaction>> UpdateInteraction(store::Transaction& tx,
                                                     const Interaction& current,
                                                     InteractionDraft draft, std::int64_t now) {
  Interaction interaction{current.id,          current.project_id, std::move(draft),
                          current.version + 1, current.created_at, now};
  const InteractionDraft& d = interaction.draft;
  const std::array<Value, 13> row{d.name,
                                  d.status,
                                  d.format,
                                  boost::json::serialize(d.content),
                                  boost::json::serialize(d.targeting),
                                  store::TextOrNull(d.post_id),
                                  OptionalTime(d.starts_at),
                                  OptionalTime(d.ends_at),
                                  interaction.version,
                                  interaction.updated_at,
                                  interaction.id,
                                  interaction.project_id,
                                  current.version};
  auto changed = tx.Execute(
      "UPDATE interactions SET name = ?, status = ?, format = ?, content = ?, targeting = ?, "
      "post_id = ?, starts_at = ?, ends_at = ?, version = ?, updated_at = ? "
      "WHERE id = ? AND project_id = ? AND version = ?",
      row);
  if (!changed.ok()) return changed.status();
  if (*changed == 0) return std::optional<Interaction>();
  return std::optional<Interaction>(std::move(interaction));
}

Status DeleteInteraction(store::Transaction& tx, std::string_view project_id, std::string_view id) {
  const std::array<Value, 2> params{std::string(id), std::string(project_id)};
  auto deleted = tx.Execute("DELETE FROM interactions WHERE id = ? AND project_id = ?", params);
  if (!deleted.ok()) return deleted.status();
  return *deleted == 0 ? Status::NotFound("no such interaction") : Status::Ok();
}

awaitable<Result<Interaction>> FindInteraction(store::Database& db, std::string project_id,
                                               std::string id) {
  std::vector<Value> params{std::move(id), std::move(project_id)};
  auto rows = co_await db.Query("SELECT " + std::string(kInteractionColumns) +
                                    " FROM interactions i WHERE i.id = ? AND i.project_id = ?",
                                std::move(params));
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return Status::NotFound("no such interaction");
  co_return InteractionOf(rows->rows[0]);
}

awaitable<Result<std::vector<Interaction>>> ListInteractions(store::Database& db,
                                                             std::string project_id,
                                                             std::optional<std::string> status,
                                                             std::optional<http::Cursor> after,
                                                             int limit) {
  http::Cursor from = after.value_or(http::Cursor{std::numeric_limits<std::int64_t>::max(), ""});
  std::vector<Value> params{std::move(project_id), from.at, from.at, from.id};
  std::string sql = "SELECT " + std::string(kInteractionColumns) +
                    " FROM interactions i WHERE i.project_id = ? AND (i.created_at < ? OR "
                    "(i.created_at = ? AND i.id < ?))";
  if (status) {
    sql += " AND i.status = ?";
    params.emplace_back(std::move(*status));
  }
  sql += " ORDER BY i.created_at DESC, i.id DESC LIMIT ?";
  params.emplace_back(std::int64_t{limit});
  auto rows = co_await db.Query(std::move(sql), std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<Interaction> interactions;
  for (const auto& row : rows->rows) interactions.push_back(InteractionOf(row));
  co_return interactions;
}

awaitable<Result<std::vector<std::string>>> InteractionsLinking(store::Database& db,
                                                                std::string project_id,
                                                                std::string post_id) {
  // Post ids are random and quoted in the stored content, so a substring match finds the
  // buttons that name this one.
  std::vector<Value> params{std::move(project_id), post_id, "%\"" + post_id + "\"%"};
  auto rows = co_await db.Query(
      "SELECT name FROM interactions WHERE project_id = ? AND (post_id = ? OR content LIKE ?) "
      "ORDER BY name",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<std::string> names;
  for (const auto& row : rows->rows) names.push_back(store::TextOf(row[0]));
  co_return names;
}

awaitable<Result<std::vector<std::string>>> MissingPosts(store::Database& db,
                                                         std::string project_id,
                                                         std::vector<std::string> post_ids) {
  std::vector<std::string> missing;
  if (post_ids.empty()) co_return missing;
  std::string sql = "SELECT id FROM posts WHERE project_id = ? AND id IN (" +
                    store::Placeholders(post_ids.size()) + ")";
  std::vector<Value> params{std::move(project_id)};
  for (const std::string& id : post_ids) params.emplace_back(id);
  auto rows = co_await db.Query(std::move(sql), std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::set<std::string, std::less<>> found;
  for (const auto& row : rows->rows) found.insert(store::TextOf(row[0]));
  for (std::string& id : post_ids) {
    if (!found.contains(id)) missing.push_back(std::move(id));
  }
  co_return missing;
}

}  // namespace waymark::content
