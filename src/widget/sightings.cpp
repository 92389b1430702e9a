#include "widget/sightings.hpp"

namespace waymark::widget {

std::optional<Sighting> Sightings::Note(const std::string& project_id, std::string_view origin,
                                        std::int64_t now) {
  if (origin.empty()) return std::nullopt;
  std::lock_guard lock(mutex_);
  Entry& entry = entries_[project_id];
  entry.last.at = now;
  entry.last.origin.assign(origin);  // reuses the capacity: no allocation per boot
  if (!SightingDue(entry.saved_at, now, save_interval_)) {
    entry.unsaved = true;
    return std::nullopt;
  }
  entry.saved_at = now;
  entry.unsaved = false;
  return entry.last;
}

void Sightings::SaveFailed(const std::string& project_id) {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(project_id);
  if (found == entries_.end()) return;
  found->second.saved_at.reset();
  found->second.unsaved = true;
}

std::vector<std::pair<std::string, Sighting>> Sightings::TakeUnsaved() {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<std::string, Sighting>> unsaved;
  for (auto& [project_id, entry] : entries_) {
    if (!entry.unsaved) continue;
    unsaved.emplace_back(project_id, entry.last);
    entry.saved_at = entry.last.at;
    entry.unsaved = false;
  }
  return unsaved;
}

}  // namespace waymark::widget
