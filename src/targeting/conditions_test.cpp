// Groups: "all" is AND, "any" is OR, and they nest.
#include <gtest/gtest.h>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::ConditionsOf;

constexpr std::int64_t kNow = 1795253400;

bool Holds(std::string_view group, std::string_view attributes) {
  const boost::json::object object = boost::json::parse(attributes).as_object();
  return Matches(ConditionsOf(group), EndUser{.attributes = &object}, kNow);
}

constexpr const char* kProInFrance = R"({"all":[
    {"attribute":"plan","op":"eq","value":"pro"},
    {"attribute":"country","op":"eq","value":"FR"}]})";

constexpr const char* kProOrBig = R"({"any":[
    {"attribute":"plan","op":"eq","value":"pro"},
    {"attribute":"seats","op":"gt","value":50}]})";

TEST(GroupTest, AllNeedsEveryMember) {
  EXPECT_TRUE(Holds(kProInFrance, R"({"plan":"pro","country":"FR"})"));
  EXPECT_FALSE(Holds(kProInFrance, R"({"plan":"pro","country":"DE"})"));
  EXPECT_FALSE(Holds(kProInFrance, R"({"plan":"free","country":"FR"})"));
  EXPECT_FALSE(Holds(kProInFrance, R"({})"));
}

TEST(GroupTest, AnyNeedsOneMember) {
  EXPECT_TRUE(Holds(kProOrBig, R"({"plan":"pro","seats":1})"));
  EXPECT_TRUE(Holds(kProOrBig, R"({"plan":"free","seats":51})"));
  EXPECT_TRUE(Holds(kProOrBig, R"({"plan":"pro","seats":51})"));
  EXPECT_FALSE(Holds(kProOrBig, R"({"plan":"free","seats":50})"));
}

TEST(GroupTest, GroupsNest) {
  // Pro users in France, or any admin whose company has more than 50 seats.
  constexpr const char* kGroup = R"({"any":[
      {"all":[{"attribute":"plan","op":"eq","value":"pro"},
              {"attribute":"country","op":"eq","value":"FR"}]},
      {"all":[{"attribute":"role","op":"eq","value":"admin"},
              {"any":[{"attribute":"seats","op":"gt","value":50},
                      {"attribute":"enterprise","op":"eq","value":true}]}]},
      {"attribute":"beta","op":"exists","value":true}]})";
  EXPECT_TRUE(Holds(kGroup, R"({"plan":"pro","country":"FR"})"));
  EXPECT_FALSE(Holds(kGroup, R"({"plan":"pro","country":"BE"})"));
  EXPECT_TRUE(Holds(kGroup, R"({"role":"admin","seats":51})"));
  EXPECT_TRUE(Holds(kGroup, R"({"role":"admin","enterprise":true})"));
  EXPECT_FALSE(Holds(kGroup, R"({"role":"admin","seats":5})"));
  EXPECT_FALSE(Holds(kGroup, R"({"role":"member","seats":500})"));
  EXPECT_TRUE(Holds(kGroup, R"({"beta":"yes"})"));
}

TEST(GroupTest, AGroupOfOneIsItsMember) {
  EXPECT_TRUE(Holds(R"({"all":[{"attribute":"a","op":"eq","value":1}]})", R"({"a":1})"));
  EXPECT_TRUE(Holds(R"({"any":[{"attribute":"a","op":"eq","value":1}]})", R"({"a":1})"));
  EXPECT_FALSE(Holds(R"({"any":[{"attribute":"a","op":"eq","value":1}]})", R"({"a":2})"));
}

TEST(GroupTest, CompilesToOneFlatArray) {
  const Conditions conditions = ConditionsOf(R"({"all":[
      {"attribute":"a","op":"eq","value":1},
      {"any":[{"attribute":"b","op":"eq","value":1},{"attribute":"c","op":"eq","value":1}]},
      {"attribute":"d","op":"eq","value":1}]})");
  ASSERT_EQ(conditions.nodes().size(), 6u);
  EXPECT_EQ(conditions.conditions().size(), 4u);
  EXPECT_EQ(conditions.nodes()[0].end, 6u);  // the outer group spans everything
  EXPECT_EQ(conditions.nodes()[2].kind, ConditionNode::Kind::kAny);
  EXPECT_EQ(conditions.nodes()[2].end, 5u);
  EXPECT_EQ(conditions.conditions()[3].name, "d");
}

}  // namespace
}  // namespace waymark::targeting
