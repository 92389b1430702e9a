#include "analytics/event_store.hpp"

#include <algorithm>
#include <array>
#include <boost/json/parse.hpp>

#include "core/clock.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/events.hpp"
#include "widget/end_users.hpp"

namespace waymark::analytics {
namespace {

using store::Value;

// A batch's events are inserted by statements of these many rows, the largest first: a
// statement's own cost is shared by its rows, and the store caches one text a size.
constexpr std::array<std::size_t, 4> kInsertSizes{64, 16, 4, 1};

// The statement inserting `rows` events; `naming` adds RETURNING, which names the rows
// inserted (a resend is left out).
const std::string& InsertEventsSql(std::size_t rows, bool naming) {
  using Texts = std::array<std::string, kInsertSizes.size()>;
  static const std::array<Texts, 2> texts = [] {
    std::string row = "(?";
    for (std::size_t i = 1; i < kEventColumnCount; ++i) row += ", ?";
    row += ")";
    std::array<Texts, 2> made;
    for (std::size_t i = 0; i < kInsertSizes.size(); ++i) {
      std::string sql = "INSERT INTO events (" + std::string(kEventColumns) + ") VALUES " + row;
      for (std::size_t r = 1; r < kInsertSizes[i]; ++r) sql += ", " + row;
      sql += " ON CONFLICT (project_id, event_id) DO NOTHING";
      made[0][i] = sql;
      made[1][i] = sql + " RETURNING event_id";
    }
    return made;
  }();
  const auto size = std::find(kInsertSizes.begin(), kInsertSizes.end(), rows);
  return texts[naming ? 1 : 0][size - kInsertSizes.begin()];
}

// Marks `fresh` the events of `chunk` (which starts at `first` in the batch) that the
// statement inserted, as RETURNING named them. Rows come back in no promised order, so each
// name is looked for from where the last was found. An id twice in the chunk was inserted
// for its first occurrence.
void MarkInserted(const store::Rows& inserted, std::span<const Event> chunk, std::size_t first,
                  std::vector<bool>& fresh) {
  std::size_t at = 0;
  for (const auto& row : inserted.rows) {
    const auto* id = std::get_if<std::string>(&row[0]);
    if (id == nullptr) continue;
    for (std::size_t step = 0; step < chunk.size(); ++step, at = (at + 1) % chunk.size()) {
      if (!fresh[first + at] && chunk[at].id == *id) {
        fresh[first + at] = true;
        break;
      }
    }
  }
}

// Calls `insert(first, size)` for each statement that inserts a batch of `events` rows,
// the statement's rows starting at `first`.
template <typename Insert>
Status ForEachStatement(std::size_t events, Insert insert) {
  std::size_t first = 0;
  for (const std::size_t size : kInsertSizes) {
    for (; events - first >= size; first += size) {
      if (Status s = insert(first, size); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

// Inserts the batch's events, naming each one inserted: a resend conflicts with the stored
// row and is left alone.
Result<std::vector<bool>> InsertNamingEach(store::Transaction& tx, const PreparedBatch& batch,
                                           std::span<const Event> events) {
  std::vector<bool> fresh(events.size(), false);
  Status status = ForEachStatement(events.size(), [&](std::size_t first, std::size_t size) {
    auto inserted = tx.Query(InsertEventsSql(size, true), batch.Rows(first, size));
    if (!inserted.ok()) return inserted.status();
    MarkInserted(*inserted, events.subspan(first, size), first, fresh);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return fresh;
}

// Inserts the batch's events and answers how many were new.
Result<std::size_t> InsertCounting(store::Transaction& tx, const PreparedBatch& batch,
                                   std::size_t events) {
  std::size_t inserted = 0;
  Status status = ForEachStatement(events, [&](std::size_t first, std::size_t size) {
    auto changed = tx.Execute(InsertEventsSql(size, false), batch.Rows(first, size));
    if (!changed.ok()) return changed.status();
    inserted += static_cast<std::size_t>(*changed);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return inserted;
}

// Inserts the batch's events and answers, per event, whether it was new. Nearly always
// every one is, and counting the rows inserted says so: RETURNING, which names them, makes
// SQLite buffer them in a table of its own, a fifth of the writer's time. Only a batch with
// a resend in it is taken back and inserted again, naming each row.
Result<std::vector<bool>> InsertEvents(store::Transaction& tx, const PreparedBatch& batch,
                                       std::span<const Event> events) {
  if (auto begun = tx.Execute("SAVEPOINT insert_events"); !begun.ok()) return begun.status();
  auto inserted = InsertCounting(tx, batch, events.size());
  if (!inserted.ok()) return inserted.status();  // the caller's write is rolled back whole
  if (*inserted == events.size()) {
    if (auto kept = tx.Execute("RELEASE insert_events"); !kept.ok()) return kept.status();
    return std::vector<bool>(events.size(), true);
  }
  if (auto undone = tx.Execute("ROLLBACK TO insert_events"); !undone.ok()) return undone.status();
  if (auto left = tx.Execute("RELEASE insert_events"); !left.ok()) return left.status();
  return InsertNamingEach(tx, batch, events);
}

struct Delta {
  std::int64_t events = 0;
  std::int64_t users = 0;
};

// Whether the batch's `user` is counted in `slot` for the first time: the cache answers
// most sightings; the others ask the store, and are learned once the write commits.
Result<bool> FirstSighting(store::Transaction& tx, const PreparedBatch& batch,
                           const Sighting& sighting, const std::string& user, const SeenUsers& seen,
                           std::vector<SeenUsers::Key>& learned) {
  if (seen.Contains(sighting.key)) return false;
  const RollupSlot& slot = batch.slots[sighting.slot];
  const std::array<Value, 5> row{batch.project_id, slot.period, slot.subject, slot.metric, user};
  auto inserted = tx.Execute(
      "INSERT INTO event_rollup_users (project_id, period, subject, metric, user_key) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      row);
  if (!inserted.ok()) return inserted.status();
  learned.push_back(sighting.key);
  return *inserted == 1;
}

Status WriteRollups(store::Transaction& tx, const PreparedBatch& batch,
                    const std::vector<Delta>& deltas) {
  for (std::size_t i = 0; i < deltas.size(); ++i) {
    const RollupSlot& slot = batch.slots[i];
    const Delta& delta = deltas[i];
    if (delta.events == 0) continue;
    if (slot.month != 0) {
      if (delta.users == 0) continue;
      const std::array<Value, 3> row{batch.project_id, slot.month, delta.users};
      auto upserted = tx.Execute(
          "INSERT INTO monthly_active_users (project_id, month, users) VALUES (?, ?, ?) "
          "ON CONFLICT (project_id, month) DO UPDATE "
          "SET users = monthly_active_users.users + excluded.users",
          row);
      if (!upserted.ok()) return upserted.status();
      continue;
    }
    const std::array<Value, 6> row{batch.project_id, slot.day,     slot.subject,
                                   slot.metric,      delta.events, delta.users};
    auto upserted = tx.Execute(
        "INSERT INTO event_rollups (project_id, day, subject, metric, events, users) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, day, subject, metric) DO UPDATE "
        "SET events = event_rollups.events + excluded.events, "
        "users = event_rollups.users + excluded.users",
        row);
    if (!upserted.ok()) return upserted.status();
  }
  return Status::Ok();
}

// Custom events count towards the end-user's targeting facts ("did X n times"). A user the
// product names is made on first sight, so that events sent from its servers count before
// the widget ever meets them; an anonymous id counts once the widget knows it.
Status CountForTargeting(store::Transaction& tx, std::string_view project_id, const Event& event) {
  const std::string id = event.user_key.substr(2);
  const std::int64_t at = event.ts / 1000;
  std::string end_user;
  if (event.user_key.starts_with("u:")) {
    auto user = widget::FindOrCreateEndUser(tx, project_id, widget::Identity{id, "", {}}, "", at);
    if (!user.ok()) return user.status();
    end_user = user->id;
  } else {
    const std::array<Value, 2> by_anonymous{std::string(project_id), id};
    auto rows = tx.Query("SELECT id FROM end_users WHERE project_id = ? AND anonymous_id = ?",
                         by_anonymous);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Ok();
    end_user = store::TextOf(rows->rows[0][0]);
  }
  const std::array<Value, 5> row{end_user, event.name, at, at, at};
  return tx
      .Execute(
          "INSERT INTO end_user_events (end_user_id, name, times, last_at) VALUES (?, ?, 1, ?) "
          "ON CONFLICT (end_user_id, name) DO UPDATE SET times = end_user_events.times + 1, "
          "last_at = CASE WHEN end_user_events.last_at > ? THEN end_user_events.last_at ELSE ? "
          "END",
          row)
      .status();
}

// Completions and dismissals are announced to the project's webhooks that take them
// (`subscribed`), queued in this very transaction: a delivery exists if and only if the
// event is stored. What no webhook takes is not even made.
Status Announce(store::Transaction& tx, std::string_view project_id, const Event& event,
                const std::vector<std::string>& subscribed) {
  const bool completed = event.type == EventType::kComplete;
  if (!completed && event.type != EventType::kDismiss) return Status::Ok();
  const std::string_view name =
      completed ? webhooks::kInteractionCompleted : webhooks::kInteractionDismissed;
  if (std::find(subscribed.begin(), subscribed.end(), name) == subscribed.end()) {
    return Status::Ok();
  }
  const bool identified = event.user_key.starts_with("u:");
  boost::json::object data{{"eventId", event.id},
                           {"interactionId", event.interaction_id},
                           {identified ? "userId" : "anonymousId", event.user_key.substr(2)},
                           {"ts", event.ts}};
  if (!event.props.empty()) data["props"] = boost::json::parse(event.props);
  return webhooks::Enqueue(tx, project_id, name, data, UnixNowMs());
}

}  // namespace

Result<std::vector<bool>> SaveEvents(store::Transaction& tx, const PreparedBatch& batch,
                                     std::span<const Event> events, SeenUsers& seen) {
  auto fresh = InsertEvents(tx, batch, events);
  if (!fresh.ok()) return fresh.status();
  auto subscribed = webhooks::SubscribedEvents(tx, batch.project_id);
  if (!subscribed.ok()) return subscribed.status();
  std::vector<Delta> deltas(batch.slots.size());
  std::vector<SeenUsers::Key> learned;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!(*fresh)[i]) continue;  // stored before: a resend
    for (const Sighting& sighting : batch.events[i].Sightings()) {
      auto first = FirstSighting(tx, batch, sighting, events[i].user_key, seen, learned);
      if (!first.ok()) return first.status();
      deltas[sighting.slot].events += 1;
      deltas[sighting.slot].users += *first ? 1 : 0;
    }
    if (events[i].type == EventType::kTrack) {
      if (Status s = CountForTargeting(tx, batch.project_id, events[i]); !s.ok()) return s;
    }
    if (Status s = Announce(tx, batch.project_id, events[i], *subscribed); !s.ok()) return s;
  }
  if (Status s = WriteRollups(tx, batch, deltas); !s.ok()) return s;
  if (!learned.empty()) {
    tx.AfterCommit([&seen, learned = std::move(learned)] {
      for (const auto& key : learned) seen.Add(key);
    });
  }
  return fresh;
}

Status ApplyProfiles(store::Transaction& tx, std::string_view project_id,
                     std::span<const Event> events, std::span<const ProfileUpdate> profiles,
                     const std::vector<bool>& fresh) {
  for (const ProfileUpdate& update : profiles) {
    if (update.event_index >= fresh.size() || !fresh[update.event_index]) continue;
    std::optional<widget::Identity> identity;
    if (update.user_id) identity = widget::Identity{*update.user_id, "", {}};
    const std::int64_t now_s = events[update.event_index].received_at / 1000;
    auto user = widget::FindOrCreateEndUser(tx, project_id, identity, update.anonymous_id, now_s);
    if (!user.ok()) return user.status();
    widget::ApplyProfile(update.profile, *user);
    if (Status s = widget::SaveEndUser(tx, *user, now_s); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace waymark::analytics
