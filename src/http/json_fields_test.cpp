#include "http/json_fields.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::http {
namespace {

std::vector<std::string> FieldsAtFault(const JsonFields& fields) {
  std::vector<std::string> names;
  for (const FieldError& error : fields.errors()) names.push_back(error.field);
  return names;
}

TEST(JsonFields, ReadsAWellFormedBody) {
  JsonFields fields =
      JsonFields::FromBody(R"({"email":"ada@example.com","name":"Ada","remember":true})");
  ASSERT_TRUE(fields.ok());
  EXPECT_EQ(fields.Text("email"), "ada@example.com");
  EXPECT_EQ(fields.OptionalText("name"), "Ada");
  EXPECT_EQ(fields.OptionalText("nickname"), std::nullopt);
  EXPECT_TRUE(fields.Bool("remember", false));
  EXPECT_FALSE(fields.Bool("admin", false));
  fields.RejectOthers();
  EXPECT_TRUE(fields.errors().empty());
}

TEST(JsonFields, NamesEveryFieldAtFaultAtOnce) {
  JsonFields fields = JsonFields::FromBody(
      R"({"email":42,"password":"short","remember":"yes","name":"a\u0007b","rôle":"x"})");
  ASSERT_TRUE(fields.ok());
  fields.Text("email");
  fields.Text("password", {.min_length = 8});
  fields.Bool("remember", false);
  fields.OptionalText("name");
  fields.Text("missing");
  fields.RejectOthers();
  EXPECT_EQ(FieldsAtFault(fields),
            (std::vector<std::string>{"email", "password", "remember", "name", "missing", "rôle"}));
}

TEST(JsonFields, LengthsAreBoundedBothWays) {
  std::string long_name(300, 'n');
  JsonFields fields = JsonFields::FromBody(R"({"a":"","b":")" + long_name + R"("})");
  EXPECT_EQ(fields.Text("a", {.min_length = 1}), "");
  EXPECT_EQ(fields.Text("b", {.max_length = 256}), "");
  ASSERT_EQ(fields.errors().size(), 2u);
  EXPECT_EQ(fields.errors()[1].message, "must be at most 256 characters");
}

TEST(JsonFields, LengthsCountCharactersNotBytes) {
  std::string accented;
  for (int i = 0; i < 4; ++i) accented += "\u00e9";  // é: two bytes in UTF-8
  JsonFields fields =
      JsonFields::FromBody(R"({"four":")" + accented + R"(","five":")" + accented + R"(e"})");
  EXPECT_EQ(fields.Text("four", {.max_length = 4}), "\u00e9\u00e9\u00e9\u00e9");
  EXPECT_EQ(fields.Text("five", {.max_length = 4}), "");
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"five"}));
  EXPECT_EQ(fields.errors()[0].message, "must be at most 4 characters");
}

TEST(JsonFields, MultilineTextMayHoldNewlinesButNothingElseOfControl) {
  JsonFields fields = JsonFields::FromBody(R"({"body":"line one\nline\ttwo","bad":"x\u001by"})");
  EXPECT_EQ(fields.Text("body", {.max_length = 1000, .multiline = true}), "line one\nline\ttwo");
  EXPECT_EQ(fields.Text("bad", {.multiline = true}), "");
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"bad"}));
}

TEST(JsonFields, BidirectionalOverridesAreRefused) {
  // "\u202e" reverses what follows on screen: a name could pose as another.
  JsonFields fields = JsonFields::FromBody(R"({"name":"admin\u202egnp.exe","ok":"Zoë 🚀 日本"})");
  EXPECT_EQ(fields.Text("name"), "");
  EXPECT_EQ(fields.Text("ok"), "Zoë 🚀 日本");
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"name"}));
}

TEST(JsonFields, NullCountsAsAbsent) {
  JsonFields fields = JsonFields::FromBody(R"({"name":null})");
  EXPECT_EQ(fields.OptionalText("name"), std::nullopt);
  EXPECT_TRUE(fields.errors().empty());
  fields.Text("name");
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"name"}));
}

TEST(JsonFields, BodiesThatAreNotObjectsFailOnTheBodyItself) {
  for (std::string_view body : {"", "[1,2]", "\"text\"", "{\"a\":", "{\"a\":\"\xff\"}"}) {
    JsonFields fields = JsonFields::FromBody(body);
    EXPECT_FALSE(fields.ok()) << body;
    EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"body"})) << body;
  }
}

TEST(JsonFields, ProblemIs400NamingTheFields) {
  JsonFields fields = JsonFields::FromBody(R"({"extra":1})");
  fields.RejectOthers();
  Response response = fields.Problem();
  EXPECT_EQ(response.status, StatusCode::bad_request);
  EXPECT_EQ(response.content_type, "application/problem+json");
  boost::json::value body = boost::json::parse(response.body());
  EXPECT_EQ(body.at("errors").at(0).at("field"), "extra");
  EXPECT_EQ(body.at("errors").at(0).at("message"), "is not a known field");
}

TEST(JsonFields, ReadsNumbersTimesAndChoicesWithinTheirBounds) {
  JsonFields fields = JsonFields::FromBody(
      R"({"priority":7,"delay":-1,"at":"2026-11-24T09:30:00Z","when":"30000-01-01",)"
      R"("status":"published","format":"popup"})");
  EXPECT_EQ(fields.OptionalInt("priority", -1000, 1000), 7);
  EXPECT_EQ(fields.OptionalInt("delay", 0, 600000), std::nullopt);
  EXPECT_EQ(fields.OptionalTime("at"), 1795253400 + 3 * 86400);
  EXPECT_EQ(fields.OptionalTime("when"), std::nullopt);
  EXPECT_EQ(fields.OptionalChoice("status", {"draft", "published"}), "published");
  EXPECT_EQ(fields.OptionalChoice("format", {"modal", "banner"}), std::nullopt);
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"delay", "when", "format"}));
  EXPECT_EQ(fields.errors()[2].message, "must be one of: modal, banner");
}

TEST(JsonFields, TextListsNameTheItemAtFault) {
  JsonFields fields = JsonFields::FromBody(R"({"labels":["ok",3,""],"tags":["a","b","c"]})");
  EXPECT_EQ(fields.OptionalTextList("labels", {.min_length = 1}, 10), std::nullopt);
  EXPECT_EQ(fields.OptionalTextList("tags", {}, 2), std::nullopt);
  EXPECT_EQ(FieldsAtFault(fields), (std::vector<std::string>{"labels[1]", "labels[2]", "tags"}));
}

TEST(JsonFields, NestedObjectsReportUnderTheirPrefix) {
  JsonFields fields = JsonFields::FromBody(R"({"buttons":[{"label":"","extra":1}]})");
  auto buttons = fields.OptionalArray("buttons", 2);
  ASSERT_TRUE(buttons);
  JsonFields button = JsonFields::Of(buttons->at(0).as_object(), "buttons[0].");
  button.Text("label", {.min_length = 1});
  button.RejectOthers();
  fields.Absorb(button);
  fields.RejectOthers();
  EXPECT_EQ(FieldsAtFault(fields),
            (std::vector<std::string>{"buttons[0].label", "buttons[0].extra"}));
}

}  // namespace
}  // namespace waymark::http
