#include "http/router.hpp"

#include <gtest/gtest.h>

#include "http/test_request.hpp"

namespace waymark::http {
namespace {

using test::TestRequest;

Handler Answer(std::string text) {
  return [text](Request&) -> boost::asio::awaitable<Response> { co_return Response::Text(text); };
}

class EveryOrigin final : public CorsPolicy {
 public:
  bool Allows(std::string_view, const Request&) const override { return true; }
};

// Looks up `path` as an ordinary (non-preflight) request would.
Match Find(const Router& router, Verb method, std::string_view path) {
  PathParams params;
  return router.Find(method, path, false, params);
}

TEST(Router, LiteralPatternMatchesOnlyItsOwnPath) {
  Router router;
  router.Add(Verb::get, "/healthz", Answer("health"));
  router.Add(Verb::get, "/readyz", Answer("ready"));

  Match health = Find(router, Verb::get, "/healthz");
  ASSERT_NE(health.route, nullptr);
  EXPECT_EQ(health.route->pattern, "/healthz");
  EXPECT_EQ(health.route->id, 0u);

  Match ready = Find(router, Verb::get, "/readyz");
  ASSERT_NE(ready.route, nullptr);
  EXPECT_EQ(ready.route->pattern, "/readyz");
  EXPECT_EQ(ready.route->id, 1u);

  EXPECT_EQ(Find(router, Verb::get, "/health").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/healthzz").route, nullptr);
}

TEST(Router, ParametersAreCapturedAndDecoded) {
  Router router;
  router.Add(Verb::get, "/api/v1/projects/{project}/files/{name}", Answer("file"));
  TestRequest get(Verb::get, "/api/v1/projects/acme%2Fweb/files/read%20me.txt");

  Match match = router.Find(Verb::get, get.request.path, false, get.request.params);

  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(get.request.params.Encoded("project"), "acme%2Fweb");
  EXPECT_EQ(get.request.Param("project"), "acme/web");
  EXPECT_EQ(get.request.Param("name"), "read me.txt");
  EXPECT_EQ(get.request.Param("missing"), std::nullopt);
}

TEST(Router, BadlyEncodedParameterDecodesToNothing) {
  Router router;
  router.Add(Verb::get, "/files/{name}", Answer("file"));

  for (const char* target : {"/files/%zz", "/files/abc%2", "/files/%"}) {
    TestRequest get(Verb::get, target);
    Match match = router.Find(Verb::get, get.request.path, false, get.request.params);
    ASSERT_NE(match.route, nullptr) << target << ": the route matches; decoding is the handler's";
    EXPECT_EQ(get.request.Param("name"), std::nullopt) << target;
  }
}

TEST(Router, UnknownPathMatchesNothing) {
  Router router;
  router.Add(Verb::get, "/healthz", Answer("health"));

  Match match = Find(router, Verb::get, "/nowhere");

  EXPECT_EQ(match.route, nullptr);
  EXPECT_EQ(match.any_method, nullptr);
  EXPECT_EQ(match.allow, "") << "an empty allow list is what makes the answer 404, not 405";
  EXPECT_FALSE(match.preflight);
}

TEST(Router, KnownPathUnderAnotherMethodListsTheMethodsItAnswers) {
  Router router;
  router.Add(Verb::get, "/api/v1/events", Answer("list"));
  router.Add(Verb::post, "/api/v1/events", Answer("create"));
  router.Add(Verb::delete_, "/api/v1/other", Answer("elsewhere"));

  Match match = Find(router, Verb::delete_, "/api/v1/events");

  EXPECT_EQ(match.route, nullptr);
  ASSERT_NE(match.any_method, nullptr);
  EXPECT_EQ(match.any_method->method, Verb::get);
  EXPECT_EQ(match.allow, "GET, HEAD, POST");
}

TEST(Router, HeadIsAnsweredByTheGetRoute) {
  Router router;
  router.Add(Verb::post, "/items/{id}", Answer("update"));
  router.Add(Verb::get, "/items/{id}", Answer("show"));
  TestRequest head(Verb::head, "/items/42");

  Match match = router.Find(Verb::head, head.request.path, false, head.request.params);

  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->method, Verb::get);
  EXPECT_EQ(match.allow, "");
  EXPECT_EQ(head.request.Param("id"), "42");
}

TEST(Router, AnExplicitHeadRouteWinsOverTheGetFallback) {
  Router router;
  router.Add(Verb::get, "/download", Answer("body"));
  router.Add(Verb::head, "/download", Answer("head"));

  Match match = Find(router, Verb::head, "/download");

  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->method, Verb::head);
}

TEST(Router, RootMatchesOnlyRoot) {
  Router router;
  router.Add(Verb::get, "/", Answer("home"));
  router.Add(Verb::get, "/{page}", Answer("page"));

  Match root = Find(router, Verb::get, "/");
  ASSERT_NE(root.route, nullptr);
  EXPECT_EQ(root.route->pattern, "/");

  Match page = Find(router, Verb::get, "/about");
  ASSERT_NE(page.route, nullptr);
  EXPECT_EQ(page.route->pattern, "/{page}") << "\"/\" is not a prefix that swallows every path";

  Router only_root;
  only_root.Add(Verb::get, "/", Answer("home"));
  EXPECT_EQ(Find(only_root, Verb::get, "/about").route, nullptr);
  EXPECT_EQ(Find(only_root, Verb::get, "//").route, nullptr);
}

TEST(Router, TrailingSlashMakesADifferentPath) {
  Router router;
  router.Add(Verb::get, "/items", Answer("items"));
  router.Add(Verb::get, "/docs/", Answer("docs"));
  router.Add(Verb::get, "/users/{id}", Answer("user"));

  EXPECT_NE(Find(router, Verb::get, "/items").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/items/").route, nullptr);
  EXPECT_NE(Find(router, Verb::get, "/docs/").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/docs").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/users/").route, nullptr) << "a parameter is never empty";
}

TEST(Router, PathLongerOrShorterThanThePatternDoesNotMatch) {
  Router router;
  router.Add(Verb::get, "/items/{id}", Answer("item"));

  EXPECT_EQ(Find(router, Verb::get, "/items/7/extra").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/items").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/items//").route, nullptr);
  EXPECT_NE(Find(router, Verb::get, "/items/7").route, nullptr);
}

TEST(Router, MoreParametersThanPathParamsHoldsDoNotMatch) {
  static_assert(PathParams::kMax == 6);
  Router router;
  router.Add(Verb::get, "/{a}/{b}/{c}/{d}/{e}/{f}", Answer("six"));
  router.Add(Verb::get, "/{a}/{b}/{c}/{d}/{e}/{f}/{g}", Answer("seven"));

  EXPECT_NE(Find(router, Verb::get, "/1/2/3/4/5/6").route, nullptr);
  EXPECT_EQ(Find(router, Verb::get, "/1/2/3/4/5/6/7").route, nullptr);
}

TEST(Router, PreflightOnlyForOptionsOnARouteThatAllowsCors) {
  EveryOrigin policy;
  Router router;
  router.Add(Verb::post, "/api/v1/events", Answer("collect"), {.cors = &policy});
  router.Add(Verb::post, "/api/v1/admin", Answer("private"));
  PathParams params;

  Match preflight = router.Find(Verb::options, "/api/v1/events", true, params);
  EXPECT_TRUE(preflight.preflight);
  EXPECT_EQ(preflight.route, nullptr);
  ASSERT_NE(preflight.any_method, nullptr);
  EXPECT_EQ(preflight.any_method->pattern, "/api/v1/events");
  EXPECT_EQ(preflight.allow, "POST");

  Match plain_options = router.Find(Verb::options, "/api/v1/events", false, params);
  EXPECT_FALSE(plain_options.preflight) << "OPTIONS without Access-Control-Request-Method";
  EXPECT_EQ(plain_options.allow, "POST");

  Match no_cors = router.Find(Verb::options, "/api/v1/admin", true, params);
  EXPECT_FALSE(no_cors.preflight);
  EXPECT_EQ(no_cors.allow, "POST");

  Match not_options = router.Find(Verb::get, "/api/v1/events", true, params);
  EXPECT_FALSE(not_options.preflight);
}

TEST(Router, PathsDeeperThanAnyRouteAreNotFound) {
  Router router;
  router.Add(Verb::get, "/{a}", Answer("one"));
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "/x";

  Match match = Find(router, Verb::get, deep);

  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.allow.empty());
}

}  // namespace
}  // namespace waymark::http
