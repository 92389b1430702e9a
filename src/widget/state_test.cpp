#include "widget/state.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

namespace waymark::widget {
namespace {

TEST(State, MergeKeepsTheLargerCountTheLaterTimesAndEveryForbiddenId) {
  State laptop{{{"a", 1, 1000}, {"b", 3, 5000}}, {"x"}, 7000};
  State phone{{{"b", 2, 9000}, {"c", 1, 2000}}, {"y", "x"}, 6000};
  State merged = Merge(laptop, phone);
  EXPECT_EQ(merged.viewed, (std::vector<Viewed>{{"a", 1, 1000}, {"b", 3, 9000}, {"c", 1, 2000}}));
  EXPECT_EQ(merged.forbidden, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(merged.last_opened_ms, 7000);
  EXPECT_EQ(Merge(merged, merged), merged);
  EXPECT_EQ(Merge(State{}, phone).last_opened_ms, 6000);
}

TEST(State, HistoryCountsLastShowsInSecondsAndMarksDismissals) {
  State state{{{"a", 2, 1'764'000'000'500}, {"b", 0, 0}}, {"b"}, std::nullopt};
  targeting::History history = HistoryOf(state);
  EXPECT_EQ(history.by_interaction.at("a").times_shown, 2);
  EXPECT_EQ(history.by_interaction.at("a").last_shown, 1'764'000'000);
  EXPECT_TRUE(history.by_interaction.at("b").dismissed);
  EXPECT_EQ(history.recent_shows, std::vector<std::int64_t>{1'764'000'000});
}

TEST(State, ReadsWhatStateJsonWrites) {
  State state{{{"a", 2, 1500}}, {"x"}, 9000};
  auto fields = http::JsonFields::Of(StateJson(state), "state.");
  EXPECT_EQ(ReadState(fields), state);
  EXPECT_TRUE(fields.errors().empty());
  EXPECT_EQ(boost::json::serialize(StateJson(State{})),
            R"({"viewed":[],"forbidden":[],"lastOpenedAt":null})");
}

TEST(State, NamesTheEntryAtFault) {
  auto fields = http::JsonFields::Of(
      {{"viewed", {{{"id", "a"}, {"times", -1}}, "b"}}, {"forbidden", {"ok", ""}}}, "state.");
  ReadState(fields);
  std::vector<std::string> named;
  for (const auto& error : fields.errors()) named.push_back(error.field);
  EXPECT_EQ(named, (std::vector<std::string>{"state.viewed[0].times", "state.viewed[1]",
                                             "state.forbidden[1]"}));
}

}  // namespace
}  // namespace waymark::widget
