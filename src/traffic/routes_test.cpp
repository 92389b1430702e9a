#include "traffic/routes.hpp"

#include <gtest/gtest.h>

namespace waymark::traffic {
namespace {

using std::chrono::November;

constexpr std::chrono::sys_days Nov(unsigned day) {
  return std::chrono::sys_days{std::chrono::year{2026} / November / std::chrono::day{day}};
}

// The field a refused query names.
std::string FieldAtFault(const std::variant<TrafficQuery, http::Problem>& read) {
  const auto* problem = std::get_if<http::Problem>(&read);
  if (problem == nullptr || problem->errors.size() != 1) return "(accepted)";
  EXPECT_EQ(problem->status, http::StatusCode::bad_request);
  return problem->errors[0].field;
}

TEST(ReadTrafficQuery, EveryParameterIsOptional) {
  const auto read = ReadTrafficQuery(std::nullopt, std::nullopt, std::nullopt);
  ASSERT_TRUE(std::holds_alternative<TrafficQuery>(read));
  const TrafficQuery& query = std::get<TrafficQuery>(read);
  EXPECT_EQ(query.range.since, std::nullopt);
  EXPECT_EQ(query.range.until, std::nullopt);
  EXPECT_EQ(query.top, kDefaultTop);
}

TEST(ReadTrafficQuery, ReadsDaysAndTop) {
  const auto read = ReadTrafficQuery("2026-11-01", "2026-11-03", "5");
  ASSERT_TRUE(std::holds_alternative<TrafficQuery>(read));
  const TrafficQuery& query = std::get<TrafficQuery>(read);
  EXPECT_EQ(query.range.since, Nov(1));
  EXPECT_EQ(query.range.until, Nov(3));
  EXPECT_EQ(query.top, 5u);
  EXPECT_EQ(std::get<TrafficQuery>(ReadTrafficQuery("2026-11-02", "2026-11-02", "100")).top, 100u);
}

TEST(ReadTrafficQuery, NamesTheParameterAtFault) {
  EXPECT_EQ(FieldAtFault(ReadTrafficQuery("nonsense", std::nullopt, std::nullopt)), "from");
  EXPECT_EQ(FieldAtFault(ReadTrafficQuery("2026-02-30", std::nullopt, std::nullopt)), "from");
  EXPECT_EQ(FieldAtFault(ReadTrafficQuery("", std::nullopt, std::nullopt)), "from");
  EXPECT_EQ(FieldAtFault(ReadTrafficQuery(std::nullopt, "2026-11-1", std::nullopt)), "to");
  EXPECT_EQ(FieldAtFault(ReadTrafficQuery("2026-11-03", "2026-11-02", std::nullopt)), "to");
  for (const char* top : {"0", "101", "-1", "5x", "", " 5", "99999999999999999999999"}) {
    EXPECT_EQ(FieldAtFault(ReadTrafficQuery(std::nullopt, std::nullopt, top)), "top") << top;
  }
}

}  // namespace
}  // namespace waymark::traffic
