#include "analytics/prepared_batch.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analytics/rollup.hpp"

namespace waymark::analytics {
namespace {

constexpr std::int64_t kTs = 1795253400123;  // 2026-11-20

Event View(std::string user, std::string interaction, std::int64_t ts = kTs) {
  Event event;
  event.id = "0192f0c6-0000-7000-8000-" + user;
  event.type = EventType::kView;
  event.user_key = std::move(user);
  event.interaction_id = std::move(interaction);
  event.ts = ts;
  return event;
}

// The slot the batch counts `event_index`'s sighting `n` in.
const RollupSlot& SlotOf(const PreparedBatch& batch, std::size_t event_index, std::size_t n) {
  return batch.slots.at(batch.events.at(event_index).Sightings()[n].slot);
}

TEST(PrepareBatch, EventsOfOneRowShareItsSlot) {
  const std::vector<Event> events{View("a:anna", "int_1"), View("a:bob", "int_1"),
                                  View("a:anna", "int_2")};
  const PreparedBatch batch = PrepareBatch("p_1", events);
  // The project's views, its day's activity, the interaction's views, the month's users.
  ASSERT_EQ(batch.events[0].Sightings().size(), 4u);
  for (std::size_t n = 0; n < 4; ++n) {
    EXPECT_EQ(batch.events[0].Sightings()[n].slot, batch.events[1].Sightings()[n].slot);
  }
  EXPECT_EQ(SlotOf(batch, 0, 2).subject, "i:int_1");
  EXPECT_EQ(SlotOf(batch, 2, 2).subject, "i:int_2");
  EXPECT_EQ(batch.slots.size(), 5u);  // two interactions' views among them
}

TEST(PrepareBatch, EachDayHasSlotsOfItsOwn) {
  constexpr std::int64_t kDayMs = 86'400'000;
  const std::vector<Event> events{View("a:anna", "int_1"), View("a:anna", "int_1", kTs + kDayMs)};
  const PreparedBatch batch = PrepareBatch("p_1", events);
  EXPECT_NE(SlotOf(batch, 0, 2).day, SlotOf(batch, 1, 2).day);
  EXPECT_EQ(SlotOf(batch, 1, 2).period, DayPeriod(DayOf(kTs + kDayMs)));
  EXPECT_EQ(&SlotOf(batch, 0, 3), &SlotOf(batch, 1, 3));  // one month
}

TEST(PrepareBatch, SightingsAreKeyedByTheirRowAndUser) {
  const std::vector<Event> events{View("a:anna", "int_1")};
  const PreparedBatch batch = PrepareBatch("p_1", events);
  for (const Sighting& sighting : batch.events[0].Sightings()) {
    const RollupSlot& slot = batch.slots[sighting.slot];
    EXPECT_EQ(slot.seed, SeenUsers::RowSeed("p_1", slot.period, slot.subject, slot.metric));
    EXPECT_EQ(sighting.key, SeenUsers::KeyOf(slot.seed, "a:anna"));
  }
}

}  // namespace
}  // namespace waymark::analytics
