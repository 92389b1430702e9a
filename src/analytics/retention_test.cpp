#include "analytics/retention.hpp"

#include "analytics/rollup.hpp"
#include "content/test_fixture.hpp"

namespace waymark::analytics {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kNow = 1'790'000'000'000;  // 2026-09-21

class RetentionTest : public content::testkit::ContentTest {
 protected:
  void Event(const std::string& id, std::int64_t received_at) {
    Exec(
        "INSERT INTO events (project_id, event_id, type, user_key, ts, received_at) "
        "VALUES (?, ?, 'open', 'a:x', ?, ?)",
        {project_, id, received_at, received_at});
  }
  void Sighting(const std::string& period) {
    Exec(
        "INSERT INTO event_rollup_users (project_id, period, subject, metric, user_key) "
        "VALUES (?, ?, '', '', 'a:x')",
        {project_, period});
  }
  std::vector<std::string> Column(const std::string& sql) {
    auto rows = store::testkit::Await(db_->Query(sql));
    std::vector<std::string> values;
    if (rows.ok()) {
      for (const auto& row : rows->rows) values.push_back(store::TextOf(row[0]));
    }
    return values;
  }
};

TEST_F(RetentionTest, OldRawEventsGoAndRollupsStay) {
  for (int i = 0; i < 4500; ++i) Event("old-" + std::to_string(10000 + i), kNow - 9 * kDayMs);
  Event("recent", kNow - 6 * kDayMs);
  Exec(
      "INSERT INTO event_rollups (project_id, day, subject, metric, events, users) "
      "VALUES (?, ?, '', 'open', 4501, 1)",
      {project_, DayOf(kNow - 9 * kDayMs)});

  auto swept = store::testkit::Await(SweepOnce(*db_, 7, kNow));
  ASSERT_TRUE(swept.ok()) << swept.status().message();
  EXPECT_EQ(swept->events, 4500);
  EXPECT_EQ(Column("SELECT event_id FROM events"), std::vector<std::string>{"recent"});
  EXPECT_EQ(Column("SELECT CAST(events AS TEXT) FROM event_rollups"),
            std::vector<std::string>{"4501"});
}

TEST_F(RetentionTest, ZeroDaysKeepsEveryEvent) {
  Event("ancient", kNow - 900 * kDayMs);
  auto swept = store::testkit::Await(SweepOnce(*db_, 0, kNow));
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(Column("SELECT event_id FROM events"), std::vector<std::string>{"ancient"});
}

TEST_F(RetentionTest, SightingsNoEventCanReachAnyMoreArePruned) {
  const std::int64_t today = DayOf(kNow);
  Sighting(DayPeriod(today));
  Sighting(DayPeriod(today - 31));  // an event 30 days old may still count here
  Sighting(DayPeriod(today - 40));
  Sighting(MonthPeriod(MonthOf(kNow)));
  Sighting(MonthPeriod(MonthOf(kNow - 90 * kDayMs)));
  auto swept = store::testkit::Await(SweepOnce(*db_, 0, kNow));
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(swept->sightings, 2);
  EXPECT_EQ(Column("SELECT period FROM event_rollup_users ORDER BY period"),
            (std::vector<std::string>{DayPeriod(today - 31), DayPeriod(today),
                                      MonthPeriod(MonthOf(kNow))}));
}

}  // namespace
}  // namespace waymark::analytics
