#include "content/segment_store.hpp"

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <limits>

#include "core/crypto.hpp"

namespace waymark::content {

using boost::asio::awaitable;
using store::Value;

namespace {

constexpr std::string_view kColumns =
    "id, project_id, name, description, conditions, version, created_at, updated_at";

Segment SegmentOf(const std::vector<Value>& row) {
  Segment segment{store::TextOf(row[0]), store::TextOf(row[1]), {},
                  store::IntOf(row[5]),  store::IntOf(row[6]),  store::IntOf(row[7])};
  segment.draft.name = store::TextOf(row[2]);
  segment.draft.description = store::TextOf(row[3]);
  boost::system::error_code ec;
  segment.draft.conditions = boost::json::parse(store::TextOf(row[4]), ec);
  return segment;
}

}  // namespace

Result<Segment> InsertSegment(store::Transaction& tx, std::string_view project_id,
                              SegmentDraft draft, std::int64_t now) {
  Segment segment{crypto::NewId(), std::string(project_id), std::move(draft), 1, now, now};
  const SegmentDraft& d = segment.draft;
  const std::array<Value, 8> row{segment.id,
                                 segment.project_id,
                                 d.name,
                                 d.description,
                                 boost::json::serialize(d.conditions),
                                 segment.version,
                                 segment.created_at,
                                 segment.updated_at};
  auto inserted = tx.Execute(
      "INSERT INTO segments (" + std::string(kColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row);
  if (!inserted.ok()) return inserted.status();
  return segment;
}

Result<std::optional<Segment>> UpdateSegment(store::Transaction& tx, const Segment& current,
                                             SegmentDraft draft, std::int64_t now) {
  Segment segment{current.id,          current.project_id, std::move(draft),
                  current.version + 1, current.created_at, now};
  const SegmentDraft& d = segment.draft;
  const std::array<Value, 8> row{d.name,
                                 d.description,
                                 boost::json::serialize(d.conditions),
                                 segment.version,
                                 segment.updated_at,
                                 segment.id,
                                 segment.project_id,
                                 current.version};
  auto changed = tx.Execute(
      "UPDATE segments SET name = ?, description = ?, conditions = ?, version = ?, "
      "updated_at = ? WHERE id = ? AND project_id = ? AND version = ?",
      row);
  if (!changed.ok()) return changed.status();
  if (*changed == 0) return std::optional<Segment>();
  return std::optional<Segment>(std::move(segment));
}

Status DeleteSegment(store::Transaction& tx, std::string_view project_id, std::string_view id) {
  const std::array<Value, 2> params{std::string(id), std::string(project_id)};
  auto deleted = tx.Execute("DELETE FROM segments WHERE id = ? AND project_id = ?", params);
  if (!deleted.ok()) return deleted.status();
  return *deleted == 0 ? Status::NotFound("no such segment") : Status::Ok();
}

awaitable<Result<Segment>> FindSegment(store::Database& db, std::string project_id,
                                       std::string id) {
  std::vector<Value> params{std::move(id), std::move(project_id)};
  auto rows = co_await db.Query(
      "SELECT " + std::string(kColumns) + " FROM segments WHERE id = ? AND project_id = ?",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return Status::NotFound("no such segment");
  co_return SegmentOf(rows->rows[0]);
}

awaitable<Result<std::vector<Segment>>> ListSegments(store::Database& db, std::string project_id,
                                                     std::optional<http::Cursor> after, int limit) {
  http::Cursor from = after.value_or(http::Cursor{std::numeric_limits<std::int64_t>::max(), ""});
  std::vector<Value> params{std::move(project_id), from.at, from.at, from.id, std::int64_t{limit}};
  auto rows = co_await db.Query("SELECT " + std::string(kColumns) +
                                    " FROM segments WHERE project_id = ? AND (created_at < ? OR "
                                    "(created_at = ? AND id < ?)) ORDER BY created_at DESC, id "
                                    "DESC LIMIT ?",
                                std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<Segment> segments;
  for (const auto& row : rows->rows) segments.push_back(SegmentOf(row));
  co_return segments;
}

awaitable<Result<std::vector<std::string>>> InteractionsUsing(store::Database& db,
                                                              std::string project_id,
                                                              std::string segment_id) {
  // Segment ids are random and quoted in the stored JSON, so a substring match finds
  // exactly the interactions whose audience lists this one.
  std::vector<Value> params{std::move(project_id), "%\"" + segment_id + "\"%"};
  auto rows = co_await db.Query(
      "SELECT name FROM interactions WHERE project_id = ? AND targeting LIKE ? ORDER BY name",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<std::string> names;
  for (const auto& row : rows->rows) names.push_back(store::TextOf(row[0]));
  co_return names;
}

}  // namespace waymark::content
