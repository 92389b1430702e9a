#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace waymark::http {
namespace {

boost::json::object BodyOf(const Response& response) {
  return boost::json::parse(response.body()).as_object();
}

TEST(Problem, ResponseIsAnRfc9457DocumentWithFieldErrors) {
  Response response =
      ProblemResponse({StatusCode::unprocessable_entity,
                       "Invalid Event",
                       "Two fields are wrong.",
                       {{"name", "must not be empty"}, {"properties.price", "must be a number"}}});

  EXPECT_EQ(response.status, StatusCode::unprocessable_entity);
  EXPECT_EQ(response.content_type, "application/problem+json");
  boost::json::object body = BodyOf(response);
  EXPECT_EQ(body.at("type").as_string(), "about:blank");
  EXPECT_EQ(body.at("title").as_string(), "Invalid Event");
  EXPECT_EQ(body.at("status").as_int64(), 422);
  EXPECT_EQ(body.at("detail").as_string(), "Two fields are wrong.");
  const boost::json::array& errors = body.at("errors").as_array();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].at("field").as_string(), "name");
  EXPECT_EQ(errors[0].at("message").as_string(), "must not be empty");
  EXPECT_EQ(errors[1].at("field").as_string(), "properties.price");
  EXPECT_EQ(errors[1].at("message").as_string(), "must be a number");
}

TEST(Problem, MissingTitleIsTheReasonPhraseAndEmptyPartsAreLeftOut) {
  Response response = ProblemResponse({StatusCode::too_many_requests, "", "", {}});

  boost::json::object body = BodyOf(response);
  EXPECT_EQ(body.at("title").as_string(), "Too Many Requests");
  EXPECT_EQ(body.at("status").as_int64(), 429);
  EXPECT_FALSE(body.contains("detail"));
  EXPECT_FALSE(body.contains("errors"));
}

TEST(Problem, TextIsEscapedIntoValidJson) {
  std::string detail = "a \"quoted\" value,\nthen a backslash \\ and caf\xc3\xa9";
  Response response = ProblemResponse({StatusCode::bad_request, "Bad Request", detail, {}});

  EXPECT_EQ(BodyOf(response).at("detail").as_string(), detail);
}

TEST(Problem, NotFoundIsWordedOnce) {
  Response response = NotFound();

  EXPECT_EQ(response.status, StatusCode::not_found);
  EXPECT_EQ(response.content_type, "application/problem+json");
  boost::json::object body = BodyOf(response);
  EXPECT_EQ(body.at("status").as_int64(), 404);
  EXPECT_EQ(body.at("title").as_string(), "Not Found");
  EXPECT_EQ(body.at("detail").as_string(), "No resource lives at this path.");
}

TEST(Problem, BadRequestNamesTheFieldWhenGiven) {
  boost::json::object with_field = BodyOf(BadRequest("Not an email address.", "email"));
  boost::json::object without_field = BodyOf(BadRequest("The body is not JSON."));

  EXPECT_EQ(with_field.at("status").as_int64(), 400);
  EXPECT_EQ(with_field.at("detail").as_string(), "Not an email address.");
  const boost::json::array& errors = with_field.at("errors").as_array();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].at("field").as_string(), "email");
  EXPECT_EQ(errors[0].at("message").as_string(), "Not an email address.");
  EXPECT_FALSE(without_field.contains("errors"));
}

}  // namespace
}  // namespace waymark::http
