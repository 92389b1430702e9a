#include "content/audience_count.hpp"

#include <boost/json/parse.hpp>

#include "targeting/end_user.hpp"

namespace waymark::content {
namespace {

using store::Value;

constexpr std::int64_t kBatch = 1000;

// One batch of end-users after `after` (by id), with the custom events each has done.
boost::asio::awaitable<Result<std::pair<store::Rows, store::Rows>>> ReadBatch(
    store::Database& db, const std::string& project_id, const std::string& after) {
  std::vector<Value> params{project_id, after, kBatch};
  auto users = co_await db.Query(
      "SELECT id, attributes, language, first_seen, session_count FROM end_users "
      "WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?",
      std::move(params));
  if (!users.ok()) co_return users.status();
  if (users->empty()) co_return std::pair{std::move(*users), store::Rows{}};
  std::vector<Value> range{project_id, after, store::TextOf(users->rows.back()[0])};
  auto events = co_await db.Query(
      "SELECT e.end_user_id, e.name, e.times FROM end_user_events e JOIN end_users u ON u.id = "
      "e.end_user_id WHERE u.project_id = ? AND e.end_user_id > ? AND e.end_user_id <= ?",
      std::move(range));
  if (!events.ok()) co_return events.status();
  co_return std::pair{std::move(*users), std::move(*events)};
}

}  // namespace

boost::asio::awaitable<Result<AudienceCount>> CountAudience(store::Database& db,
                                                            std::string project_id,
                                                            const targeting::Conditions& conditions,
                                                            std::int64_t now) {
  AudienceCount count;
  std::string after;
  for (;;) {
    auto batch = co_await ReadBatch(db, project_id, after);
    if (!batch.ok()) co_return batch.status();
    const auto& [users, events] = *batch;
    if (users.empty()) break;
    targeting::StringMap<targeting::EventCounts> done;
    for (const auto& row : events.rows) {
      done[store::TextOf(row[0])][store::TextOf(row[1])] = store::IntOf(row[2]);
    }
    for (const auto& row : users.rows) {
      const std::string id = store::TextOf(row[0]);
      boost::system::error_code ec;
      boost::json::value attributes = boost::json::parse(store::TextOf(row[1]), ec);
      const std::string language = store::TextOf(row[2]);
      auto found = done.find(id);
      targeting::EndUser user{
          .attributes = !ec && attributes.is_object() ? &attributes.get_object() : nullptr,
          .language = language,
          .first_seen = store::IntOf(row[3]),
          .session_count = store::IntOf(row[4]),
          .event_counts = found == done.end() ? nullptr : &found->second};
      ++count.total;
      if (targeting::Matches(conditions, user, now)) ++count.matching;
    }
    after = store::TextOf(users.rows.back()[0]);
  }
  co_return count;
}

}  // namespace waymark::content
