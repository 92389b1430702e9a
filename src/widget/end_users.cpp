#include "widget/end_users.hpp"

#include <algorithm>
#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "access/secrets.hpp"
#include "core/crypto.hpp"

namespace waymark::widget {
namespace {

using store::Value;

constexpr std::string_view kColumns =
    "id, external_id, anonymous_id, attributes, language, first_seen, session_count, email, "
    "name, last_seen";

std::optional<std::string> OptionalTextOf(const Value& value) {
  return store::IsNull(value) ? std::nullopt : std::optional(store::TextOf(value));
}

EndUserRecord RecordOf(const std::vector<Value>& row) {
  EndUserRecord record;
  record.id = store::TextOf(row[0]);
  record.external_id = OptionalTextOf(row[1]);
  record.anonymous_id = store::TextOf(row[2]);
  boost::system::error_code ec;
  boost::json::value attributes = boost::json::parse(store::TextOf(row[3]), ec);
  if (!ec && attributes.is_object()) record.attributes = std::move(attributes.get_object());
  record.language = store::TextOf(row[4]);
  record.first_seen = store::IntOf(row[5]);
  record.session_count = store::IntOf(row[6]);
  record.email = OptionalTextOf(row[7]);
  record.name = OptionalTextOf(row[8]);
  record.last_seen = store::IntOf(row[9]);
  return record;
}

Result<std::optional<EndUserRecord>> FindBy(store::Transaction& tx, std::string_view column,
                                            std::string_view project_id, std::string_view value) {
  const std::array<Value, 2> params{std::string(project_id), std::string(value)};
  auto rows =
      tx.Query("SELECT " + std::string(kColumns) + " FROM end_users WHERE project_id = ? AND " +
                   std::string(column) + " = ?",
               params);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<EndUserRecord>();
  return std::optional(RecordOf(rows->rows[0]));
}

}  // namespace

Result<EndUserRecord> FindOrCreateEndUser(store::Transaction& tx, std::string_view project_id,
                                          const std::optional<Identity>& identity,
                                          std::string_view anonymous_id, std::int64_t now) {
  auto found = identity ? FindBy(tx, "external_id", project_id, identity->id)
                        : FindBy(tx, "anonymous_id", project_id, anonymous_id);
  if (!found.ok()) return found.status();
  if (*found) return std::move(**found);

  EndUserRecord record;
  record.id = crypto::NewId();
  if (identity) record.external_id = identity->id;
  // An identified end-user's anonymous id is their own, never one a browser sent: a
  // later anonymous visit from that browser is someone else until it identifies.
  record.anonymous_id = identity ? crypto::NewId() : std::string(anonymous_id);
  record.first_seen = now;
  record.last_seen = now;
  const std::array<Value, 6> params{record.id,
                                    std::string(project_id),
                                    store::TextOrNull(record.external_id),
                                    record.anonymous_id,
                                    now,
                                    now};
  auto inserted = tx.Execute(
      "INSERT INTO end_users (id, project_id, external_id, anonymous_id, attributes, language, "
      "first_seen, last_seen, session_count) VALUES (?, ?, ?, ?, '{}', '', ?, ?, 0)",
      params);
  if (!inserted.ok()) return inserted.status();
  return record;
}

Result<EndUserRecord> FindEndUser(store::Transaction& tx, std::string_view project_id,
                                  std::string_view end_user_id) {
  auto found = FindBy(tx, "id", project_id, end_user_id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no such end-user");
  return std::move(**found);
}

void ApplyProfile(const Profile& profile, EndUserRecord& record) {
  if (profile.email) record.email = profile.email;
  if (profile.name) record.name = profile.name;
  if (!profile.attributes) return;
  if (profile.remove_unspecified) record.attributes.clear();
  for (const auto& [name, value] : *profile.attributes) record.attributes[name] = value;
}

Status SaveEndUser(store::Transaction& tx, const EndUserRecord& record, std::int64_t now) {
  const std::array<Value, 7> params{boost::json::serialize(record.attributes),
                                    record.language,
                                    store::TextOrNull(record.email),
                                    store::TextOrNull(record.name),
                                    now,
                                    record.session_count,
                                    record.id};
  return tx
      .Execute(
          "UPDATE end_users SET attributes = ?, language = ?, email = ?, name = ?, last_seen = ?, "
          "session_count = ? WHERE id = ?",
          params)
      .status();
}

Result<targeting::EventCounts> EventCountsOf(store::Transaction& tx, std::string_view end_user_id) {
  const std::array<Value, 1> params{std::string(end_user_id)};
  auto rows = tx.Query("SELECT name, times FROM end_user_events WHERE end_user_id = ?", params);
  if (!rows.ok()) return rows.status();
  targeting::EventCounts counts;
  for (const auto& row : rows->rows) counts[store::TextOf(row[0])] = store::IntOf(row[1]);
  return counts;
}

Result<State> LoadState(store::Transaction& tx, std::string_view end_user_id) {
  const std::array<Value, 1> params{std::string(end_user_id)};
  auto rows = tx.Query(
      "SELECT interaction_id, times, last_shown_at, forbidden FROM end_user_interactions "
      "WHERE end_user_id = ? ORDER BY last_shown_at, interaction_id",
      params);
  if (!rows.ok()) return rows.status();
  State state;
  for (const auto& row : rows->rows) {
    const std::string id = store::TextOf(row[0]);
    if (store::IntOf(row[1]) > 0)
      state.viewed.push_back({id, store::IntOf(row[1]), store::IntOf(row[2])});
    if (store::IntOf(row[3]) != 0) state.forbidden.push_back(id);
  }
  auto opened = tx.Query("SELECT last_opened_at FROM end_users WHERE id = ?", params);
  if (!opened.ok()) return opened.status();
  if (!opened->empty()) state.last_opened_ms = store::OptionalIntOf(opened->rows[0][0]);
  return state;
}

Status SaveState(store::Transaction& tx, std::string_view end_user_id, const State& state) {
  const std::array<Value, 1> user{std::string(end_user_id)};
  auto cleared = tx.Execute("DELETE FROM end_user_interactions WHERE end_user_id = ?", user);
  if (!cleared.ok()) return cleared.status();
  State rows = state;  // one row per interaction: its views and whether it is forbidden
  for (const std::string& id : state.forbidden) {
    const bool seen = std::any_of(rows.viewed.begin(), rows.viewed.end(),
                                  [&](const Viewed& v) { return v.id == id; });
    if (!seen) rows.viewed.push_back({id, 0, 0});
  }
  for (const Viewed& viewed : rows.viewed) {
    const bool forbidden = std::find(state.forbidden.begin(), state.forbidden.end(), viewed.id) !=
                           state.forbidden.end();
    const std::array<Value, 5> params{std::string(end_user_id), viewed.id, viewed.times,
                                      viewed.last_shown_ms, std::int64_t{forbidden ? 1 : 0}};
    auto inserted = tx.Execute(
        "INSERT INTO end_user_interactions (end_user_id, interaction_id, times, last_shown_at, "
        "forbidden) VALUES (?, ?, ?, ?, ?)",
        params);
    if (!inserted.ok()) return inserted.status();
  }
  const std::array<Value, 2> opened{
      state.last_opened_ms ? Value(*state.last_opened_ms) : Value(nullptr),
      std::string(end_user_id)};
  return tx.Execute("UPDATE end_users SET last_opened_at = ? WHERE id = ?", opened).status();
}

Result<std::string> IssueSession(store::Transaction& tx, std::string_view project_id,
                                 std::string_view end_user_id, std::int64_t now) {
  const std::array<Value, 2> expired{std::string(end_user_id), now};
  auto swept =
      tx.Execute("DELETE FROM widget_sessions WHERE end_user_id = ? AND expires_at <= ?", expired);
  if (!swept.ok()) return swept.status();
  std::string token = std::string(access::kEndUserTokenPrefix) + crypto::RandomToken(32);
  const std::array<Value, 5> params{crypto::DigestHex(token), std::string(project_id),
                                    std::string(end_user_id), now, now + kSessionLifetimeS};
  auto inserted = tx.Execute(
      "INSERT INTO widget_sessions (token_digest, project_id, end_user_id, created_at, "
      "expires_at) VALUES (?, ?, ?, ?, ?)",
      params);
  if (!inserted.ok()) return inserted.status();
  return token;
}

Result<std::string> SessionEndUser(store::Transaction& tx, std::string_view project_id,
                                   std::string_view token, std::int64_t now) {
  const std::array<Value, 3> params{crypto::DigestHex(token), std::string(project_id), now};
  auto rows = tx.Query(
      "SELECT end_user_id FROM widget_sessions WHERE token_digest = ? AND project_id = ? AND "
      "expires_at > ?",
      params);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("no such session");
  return store::TextOf(rows->rows[0][0]);
}

Result<std::map<std::string, Reactions>> ReactionsTo(store::Transaction& tx,
                                                     const std::vector<std::string>& post_ids,
                                                     std::string_view end_user_id) {
  std::map<std::string, Reactions> reactions;
  if (post_ids.empty()) return reactions;
  std::vector<Value> params{std::string(end_user_id)};
  params.insert(params.end(), post_ids.begin(), post_ids.end());
  auto rows = tx.Query(
      "SELECT post_id, reaction, COUNT(*), SUM(CASE WHEN end_user_id = ? THEN 1 ELSE 0 END) "
      "FROM post_reactions WHERE post_id IN (" +
          store::Placeholders(post_ids.size()) + ") GROUP BY post_id, reaction",
      params);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows->rows) {
    Reactions& post = reactions[store::TextOf(row[0])];
    const std::string reaction = store::TextOf(row[1]);
    post.counts[reaction] = store::IntOf(row[2]);
    if (store::IntOf(row[3]) > 0) post.mine.insert(reaction);
  }
  return reactions;
}

Status SetReaction(store::Transaction& tx, std::string_view post_id, std::string_view end_user_id,
                   std::string_view reaction, bool on, std::int64_t now) {
  if (!on) {
    const std::array<Value, 3> params{std::string(post_id), std::string(end_user_id),
                                      std::string(reaction)};
    return tx
        .Execute(
            "DELETE FROM post_reactions WHERE post_id = ? AND end_user_id = ? AND reaction = ?",
            params)
        .status();
  }
  const std::array<Value, 4> params{std::string(post_id), std::string(end_user_id),
                                    std::string(reaction), now};
  return tx
      .Execute(
          "INSERT INTO post_reactions (post_id, end_user_id, reaction, created_at) "
          "VALUES (?, ?, ?, ?) ON CONFLICT (post_id, end_user_id, reaction) DO NOTHING",
          params)
      .status();
}

}  // namespace waymark::widget
