#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "analytics/event.hpp"
#include "analytics/prepared_batch.hpp"
#include "analytics/seen_users.hpp"
#include "analytics/segment_messages.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

// Events in the store, with their rollups kept in the same transaction.
namespace waymark::analytics {

// Stores the project's `events` inside the caller's write: each one not stored yet under
// its id is inserted and counted in the rollups (and, for custom events, in the end-user's
// event counts that targeting reads); one stored before is left alone. Answers, per event,
// whether it was new. `batch` is PrepareBatch of the same events.
// REQUIRES: runs on the store's writer thread, the only user of `seen`.
Result<std::vector<bool>> SaveEvents(store::Transaction& tx, const PreparedBatch& batch,
                                     std::span<const Event> events, SeenUsers& seen);

// identify and group: each profile whose event was new (`fresh`, as SaveEvents answered for
// `events`) is laid over the end-user's, who is made on first sight.
Status ApplyProfiles(store::Transaction& tx, std::string_view project_id,
                     std::span<const Event> events, std::span<const ProfileUpdate> profiles,
                     const std::vector<bool>& fresh);

}  // namespace waymark::analytics
