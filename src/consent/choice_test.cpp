#include "consent/choice.hpp"

#include <gtest/gtest.h>

namespace waymark::consent {
namespace {

std::vector<std::string> FieldsOf(std::string_view body) {
  auto read = ReadChoice(body);
  std::vector<std::string> fields;
  if (auto* problem = std::get_if<http::Problem>(&read)) {
    for (const auto& error : problem->errors) fields.push_back(error.field);
  }
  return fields;
}

TEST(ReadChoice, ReadsTheFunctionalityChoice) {
  EXPECT_TRUE(std::get<Choice>(ReadChoice(R"({"functionality": true})")).functionality);
  EXPECT_FALSE(std::get<Choice>(ReadChoice(R"({"functionality": false})")).functionality);
  EXPECT_TRUE(std::get<Choice>(ReadChoice(R"({"functionality": true, "strictlyNecessary": true})"))
                  .functionality);
}

TEST(ReadChoice, UnknownCategoriesAreNamed) {
  EXPECT_EQ(FieldsOf(R"({"functionality": true, "advertising": true})"),
            std::vector<std::string>{"advertising"});
}

TEST(ReadChoice, StrictlyNecessaryCannotBeRefused) {
  EXPECT_EQ(FieldsOf(R"({"functionality": false, "strictlyNecessary": false})"),
            std::vector<std::string>{"strictlyNecessary"});
}

TEST(ReadChoice, TheChoiceIsRequiredAndBoolean) {
  EXPECT_EQ(FieldsOf("{}"), std::vector<std::string>{"functionality"});
  EXPECT_EQ(FieldsOf(R"({"functionality": "yes"})"), std::vector<std::string>{"functionality"});
  EXPECT_EQ(FieldsOf("[true]"), std::vector<std::string>{"body"});
  EXPECT_EQ(FieldsOf("{\"functionality\": tr"), std::vector<std::string>{"body"});
}

}  // namespace
}  // namespace waymark::consent
