#pragma once

#include <string>

#include "core/status.hpp"
#include "store/database.hpp"
#include "widget/sighting.hpp"
#include "widget/sightings.hpp"

// Sightings of the widget as stored: projects.sdk_seen_at and sdk_seen_origin, which the
// projects API answers as sdkSeenAt and sdkSeenOrigin.
namespace waymark::widget {

// Writes `sighting` as the project's last, unless the row holds a later one (another
// node's). A project that is gone is no error.
Status SaveSighting(store::Transaction& tx, const std::string& project_id,
                    const Sighting& sighting);

// Writes, in one transaction, every sighting that `sightings` holds unwritten.
// BLOCKING: for a clean shutdown, once the I/O threads have stopped.
Status SaveUnsavedSightings(store::Database& db, Sightings& sightings);

}  // namespace waymark::widget
