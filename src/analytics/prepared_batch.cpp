#include "analytics/prepared_batch.hpp"

#include <map>
#include <tuple>

#include "analytics/rollup.hpp"

namespace waymark::analytics {
namespace {

using store::Value;

Value OrNull(const std::string& text) {
  return text.empty() ? Value(nullptr) : Value(text);
}

// Finds or adds the batch's slot for a rollup row.
class Slots {
 public:
  explicit Slots(std::vector<RollupSlot>& slots) : slots_(slots) {}

  std::size_t Day(std::int64_t day, const std::string& subject, const std::string& metric) {
    auto [it, added] = index_.try_emplace({day, 0, subject, metric}, slots_.size());
    if (added) slots_.push_back({day, 0, DayPeriod(day), subject, metric});
    return it->second;
  }

  std::size_t Month(std::int64_t month) {
    auto [it, added] = index_.try_emplace({0, month, "", ""}, slots_.size());
    if (added) slots_.push_back({0, month, MonthPeriod(month), "", std::string(kAnyMetric)});
    return it->second;
  }

 private:
  std::vector<RollupSlot>& slots_;
  std::map<std::tuple<std::int64_t, std::int64_t, std::string, std::string>, std::size_t> index_;
};

}  // namespace

PreparedBatch PrepareBatch(std::string project_id, std::span<const Event> events,
                           std::int64_t received_at) {
  PreparedBatch batch;
  batch.project_id = std::move(project_id);
  batch.events.reserve(events.size());
  Slots slots(batch.slots);
  for (const Event& event : events) {
    PreparedEvent prepared;
    prepared.row = {batch.project_id,      event.id,       std::string(TypeName(event.type)),
                    OrNull(event.name),    event.user_key, OrNull(event.interaction_id),
                    OrNull(event.post_id), event.ts,       received_at,
                    OrNull(event.props)};
    const std::int64_t day = DayOf(event.ts);
    for (const RollupKey& key : RollupKeysOf(event)) {
      const std::size_t slot = slots.Day(day, key.subject, key.metric);
      const RollupSlot& s = batch.slots[slot];
      prepared.sightings.push_back(
          {SeenUsers::KeyOf(batch.project_id, s.period, s.subject, s.metric, event.user_key),
           slot});
    }
    const std::size_t month = slots.Month(MonthOf(event.ts));
    prepared.sightings.push_back({SeenUsers::KeyOf(batch.project_id, batch.slots[month].period, "",
                                                   kAnyMetric, event.user_key),
                                  month});
    batch.events.push_back(std::move(prepared));
  }
  return batch;
}

}  // namespace waymark::analytics
