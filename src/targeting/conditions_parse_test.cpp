// What a maker sees when a group of conditions is wrong: every field at fault, by its path.
#include <gtest/gtest.h>

#include <chrono>

#include "targeting/test_parse.hpp"

namespace waymark::targeting {
namespace {

using testing::ConditionErrors;
using testing::ConditionsErrors;
using testing::ConditionsOf;
using testing::Fields;
using testing::Only;
using testing::Repeated;
using Strings = std::vector<std::string>;

TEST(ConditionParseTest, NamesTheFieldOfAnUnknownOperator) {
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"equals","value":"pro"})")),
            "c.all[0].op: must be one of: eq, neq, contains, starts_with, gt, lt, between, in, "
            "exists, before, after");
}

TEST(ConditionParseTest, RefusesAValueOfTheWrongTypeForItsOperator) {
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"seats","op":"gt","value":"5"})")),
            "c.all[0].value: must be a number");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"starts_with","value":5})")),
            "c.all[0].value: must be a string");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"eq","value":[1]})")),
            "c.all[0].value: must be a string, a number or a boolean");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"contains","value":true})")),
            "c.all[0].value: must be a string or a number");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"exists","value":"yes"})")),
            "c.all[0].value: must be true or false");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"in","value":"pro"})")),
            "c.all[0].value: must be a list of 1 to 100 items");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"plan","op":"in","value":["pro",true]})")),
            "c.all[0].value[1]: must be a string or a number");
}

TEST(ConditionParseTest, BeforeAndAfterTakeOnlyDates) {
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"end","op":"before","value":1767225600})")),
            Strings{"c.all[0].value"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"end","op":"after","value":"tomorrow"})")),
            Strings{"c.all[0].value"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"end","op":"after","value":{"days":3}})")),
            (Strings{"c.all[0].value.daysAgo", "c.all[0].value.days"}));
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"end","op":"after","value":{"daysAgo":1.5}})")),
            "c.all[0].value.daysAgo: must be a whole number from -36500 to 36500");
  EXPECT_EQ(
      Fields(ConditionErrors(R"({"attribute":"end","op":"after","value":{"daysAgo":36501}})")),
      Strings{"c.all[0].value.daysAgo"});
  ConditionsOf(R"({"all":[{"attribute":"end","op":"after","value":{"daysAgo":-36500}}]})");
}

TEST(ConditionParseTest, DatesFollowIso8601ToTheDay) {
  auto date = [](std::string_view text) {
    return R"({"attribute":"end","op":"before","value":")" + std::string(text) + "\"}";
  };
  for (std::string_view good :
       {"2024-02-29", "9999-12-31", "1970-01-01", "2026-11-21T09:30:00Z",
        "2026-11-21T09:30:00.123456Z", "2026-11-22T01:00:00+05:30", "2026-11-21T20:00:00-08:00"}) {
    ConditionsOf("{\"all\":[" + date(good) + "]}");
  }
  for (std::string_view bad : {"2023-02-29", "30000-01-01", "1969-12-31", "2026-13-01",
                               "2026-11-21T09:30:00", "21/11/2026", ""}) {
    EXPECT_EQ(Fields(ConditionErrors(date(bad))), Strings{"c.all[0].value"}) << bad;
  }
}

TEST(ConditionParseTest, BetweenTakesTwoOrderedBoundsOfOneKind) {
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"n","op":"between","value":[1]})")),
            "c.all[0].value: must be [low, high], two numbers or two dates");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"n","op":"between","value":[10, 1]})")),
            "c.all[0].value: must have its low bound first");
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"n","op":"between","value":[1, "2026-01-01"]})")),
            "c.all[0].value[1]: must be a number");
  EXPECT_EQ(Fields(ConditionErrors(
                R"({"attribute":"d","op":"between","value":["2026-02-01", "2026-01-01"]})")),
            Strings{"c.all[0].value"});
  EXPECT_EQ(Fields(ConditionErrors(
                R"({"attribute":"d","op":"between","value":[{"daysAgo":0}, {"daysAgo":7}]})")),
            Strings{"c.all[0].value"});
  ConditionsOf(
      R"({"all":[{"attribute":"d","op":"between","value":["2026-01-01",{"daysAgo":0}]}]})");
}

TEST(ConditionParseTest, FactsAcceptOnlyTheOperatorsThatMeanSomethingForThem) {
  EXPECT_EQ(Only(ConditionErrors(R"({"fact":"sessionCount","op":"starts_with","value":"1"})")),
            "c.all[0].op: cannot be used with the fact sessionCount; use one of: eq, neq, gt, lt, "
            "between, in");
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"language","op":"gt","value":5})")),
            Strings{"c.all[0].op"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"firstSeen","op":"eq","value":"2026-01-01"})")),
            Strings{"c.all[0].op"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"language","op":"eq","value":5})")),
            Strings{"c.all[0].value"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"sessionCount","op":"in","value":["5"]})")),
            Strings{"c.all[0].value[0]"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"firstSeen","op":"between","value":[1, 2]})")),
            (Strings{"c.all[0].value[0]", "c.all[0].value[1]"}));
}

TEST(ConditionParseTest, KnowsOnlyFourFacts) {
  EXPECT_EQ(Only(ConditionErrors(R"({"fact":"country","op":"eq","value":"FR"})")),
            "c.all[0].fact: must be one of: language, firstSeen, sessionCount, event");
}

TEST(ConditionParseTest, TheEventFactNamesItsEvent) {
  EXPECT_EQ(Only(ConditionErrors(R"({"fact":"event","op":"gt","value":0})")),
            "c.all[0].event: is required");
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"event","event":"","op":"gt","value":0})")),
            Strings{"c.all[0].event"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"fact":"sessionCount","event":"x","op":"gt","value":0})")),
            Strings{"c.all[0].event"});  // only the event fact has one
}

TEST(ConditionParseTest, NamesEitherAnAttributeOrAFact) {
  EXPECT_EQ(Only(ConditionErrors(R"({"op":"eq","value":1})")),
            "c.all[0]: must have exactly one of \"attribute\" or \"fact\"");
  EXPECT_EQ(
      Fields(ConditionErrors(R"({"attribute":"a","fact":"language","op":"eq","value":"fr"})")),
      Strings{"c.all[0]"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"","op":"eq","value":1})")),
            Strings{"c.all[0].attribute"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":")" + std::string(101, 'a') +
                                   R"(","op":"eq","value":1})")),
            Strings{"c.all[0].attribute"});
}

TEST(ConditionParseTest, BoundsStringsAndLists) {
  const std::string long_text(1001, 'x');
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"a","op":"eq","value":")" + long_text + "\"}")),
            "c.all[0].value: must be at most 1000 bytes");
  ConditionsOf(R"({"all":[{"attribute":"a","op":"eq","value":")" + std::string(1000, 'x') +
               "\"}]}");
  ConditionsOf(R"({"all":[{"attribute":"a","op":"in","value":[)" + Repeated("7", 100) + "]}]}");
  const std::string items = "[" + Repeated("7", 101) + "]";
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"a","op":"in","value":)" + items + "}")),
            Strings{"c.all[0].value"});
  EXPECT_EQ(Fields(ConditionErrors(R"({"attribute":"a","op":"in","value":[]})")),
            Strings{"c.all[0].value"});
}

TEST(ConditionParseTest, RefusesUnknownMembersSoATypoNeverPasses) {
  EXPECT_EQ(Only(ConditionErrors(R"({"attribute":"a","op":"eq","value":1,"vaule":2})")),
            "c.all[0].vaule: is not a known field");
  EXPECT_EQ(Fields(ConditionsErrors(R"({"all":[{"attribute":"a","op":"eq","value":1}],"not":1})")),
            Strings{"c.not"});
}

TEST(ConditionParseTest, NamesEveryFieldAtFaultAtOnce) {
  EXPECT_EQ(
      Fields(ConditionsErrors(R"({"all":[
      {"attribute":"plan","op":"eq","value":"pro"},
      {"attribute":"seats","op":"gt","value":"many"},
      {"any":[{"attribute":"a","op":"is","value":1},{"fact":"mood","op":"eq","value":1}]},
      {"attribute":"b","value":1}]})")),
      (Strings{"c.all[1].value", "c.all[2].any[0].op", "c.all[2].any[1].fact", "c.all[3].op"}));
}

TEST(ConditionParseTest, TheCallerChoosesThePathPrefix) {
  std::vector<http::FieldError> errors;
  boost::json::value json = boost::json::parse(R"({"all":[
      {"attribute":"a","op":"eq","value":1},{"attribute":"b","op":"eq","value":2},
      {"attribute":"c","op":"gt","value":"x"}]})");
  EXPECT_FALSE(ParseConditions(json, "targeting.audience.conditions", errors));
  EXPECT_EQ(Fields(errors), Strings{"targeting.audience.conditions.all[2].value"});
}

TEST(GroupParseTest, AGroupHasExactlyOneOfAllOrAny) {
  EXPECT_EQ(Only(ConditionsErrors(R"({})")), "c: must have exactly one of \"all\" or \"any\"");
  EXPECT_EQ(Fields(ConditionsErrors(R"({"all":[],"any":[]})")), Strings{"c"});
  EXPECT_EQ(Only(ConditionsErrors(R"([])")), "c: must be an object");
  EXPECT_EQ(Only(ConditionsErrors(R"({"all":{}})")), "c.all: must be an array");
  EXPECT_EQ(Only(ConditionsErrors(R"({"all":[]})")), "c.all: must have 1 to 50 items");
  EXPECT_EQ(Only(ConditionsErrors(R"({"all":[1]})")), "c.all[0]: must be an object");
}

const std::string kCondition = R"({"attribute":"a","op":"eq","value":1})";

TEST(GroupParseTest, AGroupHasAtMostFiftyMembers) {
  ConditionsOf("{\"any\":[" + Repeated(kCondition, 50) + "]}");
  EXPECT_EQ(Only(ConditionsErrors("{\"any\":[" + Repeated(kCondition, 51) + "]}")),
            "c.any: must have 1 to 50 items");
}

// A group nested `depth` levels deep, the outer one included, around one condition.
std::string Nested(int depth) {
  std::string json = kCondition;
  for (int i = 0; i < depth; ++i) json = "{\"all\":[" + json + "]}";
  return json;
}

TEST(GroupParseTest, GroupsNestAtMostFiveDeep) {
  EXPECT_EQ(ConditionsOf(Nested(5)).nodes().size(), 6u);
  EXPECT_EQ(Only(ConditionsErrors(Nested(6))),
            "c.all[0].all[0].all[0].all[0].all[0]: nests groups more than 5 deep");
}

TEST(GroupParseTest, TwoHundredConditionsAtMost) {
  // Four groups of 50 are the most; one more condition is too many.
  const std::string fifty = "{\"all\":[" + Repeated(kCondition, 50) + "]}";
  ConditionsOf("{\"all\":[" + Repeated(fifty, 4) + "]}");
  EXPECT_EQ(Only(ConditionsErrors("{\"all\":[" + Repeated(fifty, 4) + "," + kCondition + "]}")),
            "c: has more than 200 conditions");
}

TEST(GroupParseTest, TenThousandConditionsAreRefusedAtOnce) {
  using Clock = std::chrono::steady_clock;
  // Flat: one group of 10,000 members.
  const boost::json::value flat =
      boost::json::parse("{\"all\":[" + Repeated(kCondition, 10000) + "]}");
  // Nested: 50 groups of 50 groups of 4, all wrong, so that reading every one would cost.
  const std::string bad = R"({"attribute":"a","op":"gt","value":"x"})";
  const std::string four = "{\"any\":[" + Repeated(bad, 4) + "]}";
  const std::string fifty_fours = "{\"all\":[" + Repeated(four, 50) + "]}";
  const boost::json::value nested =
      boost::json::parse("{\"all\":[" + Repeated(fifty_fours, 50) + "]}");
  std::vector<http::FieldError> errors;
  const Clock::time_point start = Clock::now();
  EXPECT_FALSE(ParseConditions(flat, "c", errors));
  EXPECT_EQ(Fields(errors), Strings{"c.all"});
  errors.clear();
  EXPECT_FALSE(ParseConditions(nested, "c", errors));
  EXPECT_EQ(errors.size(), kMaxErrors);  // bounded, though all 10,000 are wrong
  EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(100));
}

TEST(GroupParseTest, StopsCountingAtTheLimitEvenWhenEveryConditionIsValid) {
  const std::string fifty = "{\"all\":[" + Repeated(kCondition, 50) + "]}";
  const std::string fifty_fifties = "{\"all\":[" + Repeated(fifty, 50) + "]}";
  EXPECT_EQ(Only(ConditionsErrors("{\"all\":[" + Repeated(fifty_fifties, 4) + "]}")),
            "c: has more than 200 conditions");
}

TEST(GroupParseTest, ErrorsAreBoundedAndAppendedAfterTheCallersOwn) {
  std::vector<http::FieldError> errors{{"name", "is required"}};
  const std::string bad = R"({"attribute":"a","op":"gt","value":"x"})";
  EXPECT_FALSE(
      ParseConditions(boost::json::parse("{\"any\":[" + Repeated(bad, 50) + "]}"), "c", errors));
  ASSERT_EQ(errors.size(), 1 + kMaxErrors);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[1].field, "c.any[0].value");
  EXPECT_EQ(errors[20].field, "c.any[19].value");
}

}  // namespace
}  // namespace waymark::targeting
