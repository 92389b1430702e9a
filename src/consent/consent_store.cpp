#include "consent/consent_store.hpp"

#include <array>

namespace waymark::consent {
namespace {

using boost::asio::awaitable;
using store::Value;

constexpr std::string_view kColumns =
    "id, consent_id, recorded_at, policy_version, functionality, withdrawn, ip, user_agent";

ConsentRecord RecordOf(const std::vector<Value>& row) {
  return {.id = store::TextOf(row[0]),
          .consent_id = store::TextOf(row[1]),
          .at_ms = store::IntOf(row[2]),
          .policy_version = static_cast<int>(store::IntOf(row[3])),
          .functionality = store::IntOf(row[4]) != 0,
          .withdrawn = store::IntOf(row[5]) != 0,
          .ip = store::TextOf(row[6]),
          .user_agent = store::TextOf(row[7])};
}

std::vector<ConsentRecord> RecordsOf(const store::Rows& rows) {
  std::vector<ConsentRecord> records;
  records.reserve(rows.rows.size());
  for (const auto& row : rows.rows) records.push_back(RecordOf(row));
  return records;
}

}  // namespace

Status AppendRecord(store::Transaction& tx, const ConsentRecord& record) {
  // The visitor's next number: the writer runs one transaction at a time, so no other choice
  // of theirs can take it meanwhile.
  const std::array<Value, 9> row{record.id,
                                 record.consent_id,
                                 record.at_ms,
                                 std::int64_t{record.policy_version},
                                 std::int64_t{record.functionality},
                                 std::int64_t{record.withdrawn},
                                 record.ip,
                                 record.user_agent,
                                 record.consent_id};
  auto inserted =
      tx.Execute("INSERT INTO consent_records (" + std::string(kColumns) +
                     ", seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), "
                     "0) + 1 FROM consent_records WHERE consent_id = ?))",
                 row);
  if (!inserted.ok()) return inserted.status();
  const std::array<Value, 3> trim{record.consent_id, record.consent_id,
                                  std::int64_t{kHistoryPerConsent}};
  return tx
      .Execute(
          "DELETE FROM consent_records WHERE consent_id = ? AND seq <= (SELECT MAX(seq) FROM "
          "consent_records WHERE consent_id = ?) - ?",
          trim)
      .status();
}

awaitable<Result<std::optional<ConsentRecord>>> LatestRecord(store::Database& db,
                                                             std::string consent_id) {
  std::vector<Value> params{std::move(consent_id)};
  auto rows = co_await db.Query("SELECT " + std::string(kColumns) +
                                    " FROM consent_records WHERE consent_id = ? "
                                    "ORDER BY seq DESC LIMIT 1",
                                std::move(params));
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return std::optional<ConsentRecord>();
  co_return RecordOf(rows->rows[0]);
}

awaitable<Result<std::vector<ConsentRecord>>> RecordsPage(store::Database& db,
                                                          std::optional<http::Cursor> after,
                                                          int limit) {
  std::string sql = "SELECT " + std::string(kColumns) + " FROM consent_records";
  std::vector<Value> params;
  if (after) {
    sql += " WHERE recorded_at < ? OR (recorded_at = ? AND id < ?)";
    params = {after->at, after->at, after->id};
  }
  sql += " ORDER BY recorded_at DESC, id DESC LIMIT ?";
  params.emplace_back(std::int64_t{limit});
  auto rows = co_await db.Query(std::move(sql), std::move(params));
  if (!rows.ok()) co_return rows.status();
  co_return RecordsOf(*rows);
}

http::Cursor CursorAfter(const ConsentRecord& record) {
  return {.at = record.at_ms, .id = record.id};
}

}  // namespace waymark::consent
