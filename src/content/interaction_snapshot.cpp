#include "content/interaction_snapshot.hpp"

#include <boost/json/serialize.hpp>

#include "content/interaction_json.hpp"
#include "content/interaction_store.hpp"
#include "content/stored_rules.hpp"

namespace waymark::content {
namespace {

void Consider(std::optional<std::int64_t>& next, std::optional<std::int64_t> at, std::int64_t now) {
  if (at && *at > now && (!next || *at < *next)) next = at;
}

}  // namespace

boost::asio::awaitable<Status> ReadLiveInteractions(store::Database& db,
                                                    const std::string& project_id, std::int64_t now,
                                                    Snapshot& snapshot) {
  std::vector<store::Value> params{project_id, now};
  auto rows = co_await db.Query(
      "SELECT " + std::string(kInteractionColumns) +
          " FROM interactions i WHERE i.project_id = ? AND i.status = 'published' AND "
          "(i.ends_at IS NULL OR i.ends_at > ?) ORDER BY i.created_at, i.id",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  for (const auto& row : rows->rows) {
    Interaction interaction = InteractionOf(row);
    std::optional<targeting::Rules> rules = CompileStoredRules(interaction.draft.targeting);
    if (!rules) continue;
    Consider(snapshot.next_boundary, interaction.draft.starts_at, now);
    Consider(snapshot.next_boundary, interaction.draft.ends_at, now);
    snapshot.interactions.push_back({interaction.id, interaction.created_at, std::move(*rules),
                                     boost::json::serialize(WidgetJson(interaction))});
  }
  co_return Status::Ok();
}

}  // namespace waymark::content
