#include "analytics/prepared_batch.hpp"

#include <xxhash.h>

#include <boost/unordered/unordered_flat_map.hpp>

#include "analytics/rollup.hpp"

namespace waymark::analytics {
namespace {

using store::Value;

Value OrNull(const std::string& text) {
  return text.empty() ? Value(nullptr) : Value(text);
}

// The subject "<prefix><id>" without building it.
bool IsSubject(std::string_view subject, std::string_view prefix, std::string_view id) {
  return subject.size() == prefix.size() + id.size() && subject.starts_with(prefix) &&
         subject.ends_with(id);
}

// Finds or adds the batch's slot for a rollup row. A day's slots, one for each subject and
// metric that a turn's events name, are found by a hash of what names them; the months',
// a few at most, by a scan.
class Slots {
 public:
  Slots(std::string_view project, std::vector<RollupSlot>& slots)
      : project_(project), slots_(slots) {}

  std::size_t Day(std::int64_t day, std::string_view prefix, std::string_view id,
                  std::string_view metric) {
    const std::uint64_t hash = DayHash(day, prefix, id, metric);
    if (auto found = by_hash_.find(hash);
        found != by_hash_.end() && IsDay(slots_[found->second], day, prefix, id, metric)) {
      return found->second;
    }
    // Not found by its hash: a new row, or (never yet seen) two rows' hashes alike.
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (IsDay(slots_[i], day, prefix, id, metric)) return i;
    }
    std::string subject(prefix);
    subject.append(id);
    by_hash_.insert_or_assign(hash, slots_.size());
    return Add({day, 0, DayPeriod(day), std::move(subject), std::string(metric)});
  }

  std::size_t Month(std::int64_t month) {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (slots_[i].month == month) return i;
    }
    return Add({0, month, MonthPeriod(month), "", std::string(kAnyMetric)});
  }

 private:
  static std::uint64_t DayHash(std::int64_t day, std::string_view prefix, std::string_view id,
                               std::string_view metric) {
    std::uint64_t hash = XXH3_64bits_withSeed(metric.data(), metric.size(), day);
    hash = XXH3_64bits_withSeed(prefix.data(), prefix.size(), hash);
    return XXH3_64bits_withSeed(id.data(), id.size(), hash);
  }

  static bool IsDay(const RollupSlot& s, std::int64_t day, std::string_view prefix,
                    std::string_view id, std::string_view metric) {
    return s.month == 0 && s.day == day && s.metric == metric && IsSubject(s.subject, prefix, id);
  }

  std::size_t Add(RollupSlot slot) {
    slot.seed = SeenUsers::RowSeed(project_, slot.period, slot.subject, slot.metric);
    slots_.push_back(std::move(slot));
    return slots_.size() - 1;
  }

  std::string_view project_;
  std::vector<RollupSlot>& slots_;
  boost::unordered_flat_map<std::uint64_t, std::size_t> by_hash_;
};

}  // namespace

PreparedBatch PrepareBatch(std::string project_id, std::span<const Event> events) {
  PreparedBatch batch;
  batch.project_id = std::move(project_id);
  batch.events.reserve(events.size());
  batch.rows.reserve(events.size() * kEventColumnCount);
  Slots slots(batch.project_id, batch.slots);
  for (const Event& event : events) {
    PreparedEvent prepared;
    std::vector<Value>& row = batch.rows;  // in kEventColumns' order
    row.emplace_back(batch.project_id);
    row.emplace_back(event.id);
    row.emplace_back(std::string(TypeName(event.type)));
    row.push_back(OrNull(event.name));
    row.emplace_back(event.user_key);
    row.push_back(OrNull(event.interaction_id));
    row.push_back(OrNull(event.post_id));
    row.emplace_back(event.ts);
    row.emplace_back(event.received_at);
    row.push_back(OrNull(event.props));
    const std::int64_t day = DayOf(event.ts);
    auto sight = [&](std::size_t slot) {
      const RollupSlot& s = batch.slots[slot];
      prepared.sightings[prepared.sighting_count++] = {SeenUsers::KeyOf(s.seed, event.user_key),
                                                       slot};
    };
    // Counted for the project by its metric and among all its activity (the day's active
    // users), for its interaction or post, and among the month's active users.
    const std::string_view metric = event.Metric();
    sight(slots.Day(day, "", "", metric));
    sight(slots.Day(day, "", "", kAnyMetric));
    if (!event.interaction_id.empty()) {
      sight(slots.Day(day, "i:", event.interaction_id, metric));
    } else if (!event.post_id.empty()) {
      sight(slots.Day(day, "p:", event.post_id, metric));
    }
    sight(slots.Month(MonthOf(event.ts)));
    batch.events.push_back(std::move(prepared));
  }
  return batch;
}

}  // namespace waymark::analytics
