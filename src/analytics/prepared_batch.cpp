#include "analytics/prepared_batch.hpp"

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

// Finds or adds the batch's slot for a rollup row. A batch touches a few dozen rows at
// most, so a scan beats building keys to look them up.
class Slots {
 public:
  explicit Slots(std::vector<RollupSlot>& slots) : slots_(slots) {}

  std::size_t Day(std::int64_t day, std::string_view prefix, std::string_view id,
                  std::string_view metric) {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const RollupSlot& s = slots_[i];
      if (s.month == 0 && s.day == day && s.metric == metric && IsSubject(s.subject, prefix, id)) {
        return i;
      }
    }
    std::string subject(prefix);
    subject.append(id);
    slots_.push_back({day, 0, DayPeriod(day), std::move(subject), std::string(metric)});
    return slots_.size() - 1;
  }

  std::size_t Month(std::int64_t month) {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (slots_[i].month == month) return i;
    }
    slots_.push_back({0, month, MonthPeriod(month), "", std::string(kAnyMetric)});
    return slots_.size() - 1;
  }

 private:
  std::vector<RollupSlot>& slots_;
};

}  // namespace

PreparedBatch PrepareBatch(std::string project_id, std::span<const Event> events) {
  PreparedBatch batch;
  batch.project_id = std::move(project_id);
  batch.events.reserve(events.size());
  batch.rows.reserve(events.size() * kEventColumnCount);
  Slots slots(batch.slots);
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
      prepared.sightings[prepared.sighting_count++] = {
          SeenUsers::KeyOf(batch.project_id, s.period, s.subject, s.metric, event.user_key), slot};
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
