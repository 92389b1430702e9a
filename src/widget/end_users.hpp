#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"
#include "targeting/end_user.hpp"
#include "widget/feed.hpp"
#include "widget/requests.hpp"
#include "widget/state.hpp"

// End-users as stored: one row per person the widget met in a project (identified by the
// product's user id, or by the SDK's anonymous id), with their attributes and, for
// identified ones, their state with the widget. Every call runs inside the caller's
// transaction and names the project, so an id from another tenant finds nothing.
namespace waymark::widget {

struct EndUserRecord {
  std::string id;
  std::optional<std::string> external_id;  // set when identified
  std::string anonymous_id;
  boost::json::object attributes;
  std::string language;
  std::int64_t first_seen = 0;  // Unix seconds
  std::int64_t session_count = 0;
  std::optional<std::string> email;
  std::optional<std::string> name;
  std::int64_t last_seen = 0;  // Unix seconds

  bool identified() const { return external_id.has_value(); }
};

// The end-user `identity` names (the product's id, else the anonymous id), made on first
// sight.
Result<EndUserRecord> FindOrCreateEndUser(store::Transaction& tx, std::string_view project_id,
                                          const std::optional<Identity>& identity,
                                          std::string_view anonymous_id, std::int64_t now);

Result<EndUserRecord> FindEndUser(store::Transaction& tx, std::string_view project_id,
                                  std::string_view end_user_id);

// Lays `profile` over the record (attributes merged, or replaced with remove_unspecified).
void ApplyProfile(const Profile& profile, EndUserRecord& record);

// Saves language, profile, last_seen and session_count.
Status SaveEndUser(store::Transaction& tx, const EndUserRecord& record, std::int64_t now);

// The custom events the end-user did, by name, as targeting counts them.
Result<targeting::EventCounts> EventCountsOf(store::Transaction& tx, std::string_view end_user_id);

// The state the server keeps for the end-user; empty for anonymous ones.
Result<State> LoadState(store::Transaction& tx, std::string_view end_user_id);
// Replaces the stored state with `state`.
Status SaveState(store::Transaction& tx, std::string_view end_user_id, const State& state);

// Sessions: an opaque token for the SDK; the server keeps its digest only.
inline constexpr std::int64_t kSessionLifetimeS = 7 * 24 * 3600;
Result<std::string> IssueSession(store::Transaction& tx, std::string_view project_id,
                                 std::string_view end_user_id, std::int64_t now);
// The end-user of a live session of the project; NotFound otherwise.
Result<std::string> SessionEndUser(store::Transaction& tx, std::string_view project_id,
                                   std::string_view token, std::int64_t now);

// Reactions to posts: per post, how many end-users gave each and which `end_user_id` gave.
Result<std::map<std::string, Reactions>> ReactionsTo(store::Transaction& tx,
                                                     const std::vector<std::string>& post_ids,
                                                     std::string_view end_user_id);
Status SetReaction(store::Transaction& tx, std::string_view post_id, std::string_view end_user_id,
                   std::string_view reaction, bool on, std::int64_t now);

}  // namespace waymark::widget
