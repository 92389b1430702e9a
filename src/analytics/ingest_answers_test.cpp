#include "analytics/ingest_answers.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::analytics {
namespace {

namespace json = boost::json;

Event WithId(std::string id) {
  Event event;
  event.id = std::move(id);
  return event;
}

TEST(SavedAnswer, NamesTheSavedIdsAndEachRefusalWithItsReason) {
  const std::vector<Event> saved{WithId("0192f7a4-5c1e-7b3a-9d2e-4f6a8b0c1d2e"), WithId("m-2")};
  const std::vector<Rejection> refused{
      {"", "events[2]", "must be an object"},
      {"say \"hi\"\\\n\x01", "events[3].ts", "is more than 30 days old"},
      {"d\xc3\xa9j\xc3\xa0", "events[4].type", "must be one of: view, click"},
  };
  http::Response answer = SavedAnswer(saved, refused);

  EXPECT_EQ(answer.status, http::StatusCode::ok);
  EXPECT_EQ(answer.content_type, "application/json");
  const json::value parsed = json::parse(answer.body());
  EXPECT_EQ(parsed, json::parse(R"({"saved": ["0192f7a4-5c1e-7b3a-9d2e-4f6a8b0c1d2e", "m-2"],
    "rejected": [
      {"id": "", "field": "events[2]", "reason": "must be an object"},
      {"id": "say \"hi\"\\\n\u0001", "field": "events[3].ts", "reason": "is more than 30 days old"},
      {"id": "d\u00e9j\u00e0", "field": "events[4].type",
       "reason": "must be one of: view, click"}]})"));
}

TEST(SavedAnswer, SegmentsSuccessComesFirstAndEmptyListsAreLists) {
  http::Response answer = SavedAnswer({}, {}, true);
  EXPECT_EQ(answer.body(), R"({"success":true,"saved":[],"rejected":[]})");
}

}  // namespace
}  // namespace waymark::analytics
