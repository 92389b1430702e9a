#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "widget/sighting.hpp"

namespace waymark::widget {

// The last sighting of the widget per project, in memory, and which of them are due to be
// written (sighting.hpp). Thread-safe: every I/O thread notes the boots it answers. It
// holds one entry per project that booted since start, a few dozen bytes each.
class Sightings {
 public:
  Sightings() = default;
  explicit Sightings(std::int64_t save_interval) : save_interval_(save_interval) {}

  // Notes a boot of the widget for `project_id` from a page of `origin` at `now`. Answers
  // the sighting to write with this boot when one is due, and counts it as written from
  // then on. A request without an Origin comes from a server or a tool, not from a page:
  // it is no sighting.
  std::optional<Sighting> Note(const std::string& project_id, std::string_view origin,
                               std::int64_t now);

  // The write of the sighting Note answered did not commit: the next boot writes again.
  void SaveFailed(const std::string& project_id);

  // The project's sightings noted but not handed out by Note, by project id, handed out now
  // (for a clean shutdown to write).
  std::vector<std::pair<std::string, Sighting>> TakeUnsaved();

 private:
  struct Entry {
    Sighting last;
    std::optional<std::int64_t> saved_at;  // when Note last handed out a sighting
    bool unsaved = false;                  // `last` came after what was handed out
  };

  const std::int64_t save_interval_ = kSightingSaveInterval;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;  // GUARDED_BY(mutex_), by project id
};

}  // namespace waymark::widget
