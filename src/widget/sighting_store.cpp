#include "widget/sighting_store.hpp"

#include <array>

#include "core/run_blocking.hpp"

namespace waymark::widget {

using store::Value;

Status SaveSighting(store::Transaction& tx, const std::string& project_id,
                    const Sighting& sighting) {
  const std::array<Value, 4> params{sighting.at, sighting.origin, project_id, sighting.at};
  return tx
      .Execute(
          "UPDATE projects SET sdk_seen_at = ?, sdk_seen_origin = ? "
          "WHERE id = ? AND (sdk_seen_at IS NULL OR sdk_seen_at <= ?)",
          params)
      .status();
}

Status SaveUnsavedSightings(store::Database& db, Sightings& sightings) {
  const auto unsaved = sightings.TakeUnsaved();
  if (unsaved.empty()) return Status::Ok();
  store::WriteFn save = [&unsaved](store::Transaction& tx) -> Status {
    for (const auto& [project_id, sighting] : unsaved) {
      Status saved = SaveSighting(tx, project_id, sighting);
      if (!saved.ok()) return saved;
    }
    return Status::Ok();
  };
  return RunBlocking(db.Write(std::move(save)));
}

}  // namespace waymark::widget
