#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/event.hpp"
#include "analytics/segment_messages.hpp"
#include "core/status.hpp"

// One request's events as the analytics journal holds them (store/journal.hpp), with the
// profile updates that ride on them (Segment's identify and group), until the applier
// stores them. A compact binary form: lengths and bytes, little-endian, after a version.
namespace waymark::analytics {

struct JournalBatch {
  std::string project_id;
  std::vector<Event> events;
  std::vector<ProfileUpdate> profiles;
};

// `received_at` (epoch ms) is every event's; DecodeBatch sets it in each.
std::string EncodeBatch(std::string_view project_id, std::int64_t received_at,
                        std::span<const Event> events, std::span<const ProfileUpdate> profiles);

// Appends the payload's events and profiles to `into` (each profile's event_index counted
// among `into`'s events), whose project_id, set when empty, must be the payload's. Invalid,
// and `into` as it was, when `payload` is not one EncodeBatch wrote or is another project's.
Status DecodeBatch(std::string_view payload, JournalBatch& into);
// Only its project, read from the payload's start.
Result<std::string> BatchProject(std::string_view payload);

}  // namespace waymark::analytics
