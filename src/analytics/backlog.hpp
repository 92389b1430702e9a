#pragma once

#include <cstddef>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

// The events acknowledged and not stored in the database yet: in all, for ingestion's
// bound, and per project, for that project's reports (a project never learns of another's
// traffic). Thread-safe.
namespace waymark::analytics {

class Backlog {
 public:
  using ByProject = std::span<const std::pair<std::string, std::size_t>>;

  // `found` events were in the journal at start, `found_by_project` of them of known
  // projects (a record that cannot be read counts in the total only).
  explicit Backlog(std::size_t found = 0, ByProject found_by_project = {});

  // Counts a request's events in, unless the backlog would pass `max` (a request alone is
  // always let in, however large, so that none waits forever). False: refused, not counted.
  bool Admit(std::string_view project, std::size_t events, std::size_t max);
  // Counts out admitted events that were not journaled after all.
  void Withdraw(std::string_view project, std::size_t events);
  // Counts out what one turn stored: `records_items` events in all (those of records that
  // could not be read or whose project is gone included), `by_project` per project.
  void Stored(std::size_t records_items, ByProject by_project);

  std::size_t total() const;
  std::size_t of(std::string_view project) const;

 private:
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  void CountOut(std::string_view project, std::size_t events);  // REQUIRES: mutex_ held

  mutable std::mutex mutex_;
  std::size_t total_;                                                             // GUARDED_BY
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> projects_;  // GUARDED_BY
};

}  // namespace waymark::analytics
