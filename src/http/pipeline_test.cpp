// The middleware chain run directly, without a socket: what each middleware adds to the
// exchange and in which order they run.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <stdexcept>

#include "http/middleware.hpp"
#include "http/middlewares/cors.hpp"
#include "http/middlewares/recover.hpp"
#include "http/middlewares/request_id.hpp"
#include "http/middlewares/security_headers.hpp"
#include "http/problem.hpp"
#include "http/test_request.hpp"

namespace waymark::http {
namespace {

using test::HeaderList;
using test::HeaderOf;
using test::HeaderValues;
using test::TestRequest;

// Writes "<name>:before" and "<name>:after" around the rest of the chain.
class Recording final : public Middleware {
 public:
  Recording(std::string name, std::vector<std::string>& log) : name_(std::move(name)), log_(log) {}
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override {
    log_.push_back(name_ + ":before");
    co_await next(exchange);
    log_.push_back(name_ + ":after");
  }

 private:
  std::string name_;
  std::vector<std::string>& log_;
};

class OnlyOrigin final : public CorsPolicy {
 public:
  explicit OnlyOrigin(std::string origin) : origin_(std::move(origin)) {}
  bool Allows(std::string_view origin, const Request&) const override { return origin == origin_; }

 private:
  std::string origin_;
};

// A router, a pipeline and a log of what the handlers saw: one small server without I/O.
class Chain {
 public:
  Router router;
  Pipeline pipeline;
  std::vector<std::string> log;

  template <class M, class... Args>
  void Use(Args&&... args) {
    pipeline.Add(std::make_unique<M>(std::forward<Args>(args)...));
  }

  // A handler that logs "handler" and answers `text`.
  Handler Logged(std::string text) {
    return [this, text](Request& request) -> boost::asio::awaitable<Response> {
      log.push_back("handler");
      seen_request_id = std::string(request.request_id);
      co_return Response::Text(text);
    };
  }

  // Routes and runs `request` as the connection would.
  Exchange Run(TestRequest& request, std::optional<Response> early_response = {}) {
    Exchange exchange;
    exchange.request = request.request;
    bool preflight =
        request.message.method() == Verb::options &&
        request.message.find(Field::access_control_request_method) != request.message.end();
    exchange.match = router.Find(request.message.method(), exchange.request.path, preflight,
                                 exchange.request.params);
    exchange.early_response = std::move(early_response);
    test::RunPipeline(pipeline, exchange);
    return exchange;
  }

  std::string seen_request_id;
};

bool IsLowerHex(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

TEST(Pipeline, MiddlewaresWrapTheHandlerInTheOrderAdded) {
  Chain chain;
  chain.router.Add(Verb::get, "/hello", chain.Logged("hi"));
  chain.Use<Recording>("outer", chain.log);
  chain.Use<Recording>("inner", chain.log);
  TestRequest get(Verb::get, "/hello");

  Exchange exchange = chain.Run(get);

  EXPECT_EQ(chain.log, (std::vector<std::string>{"outer:before", "inner:before", "handler",
                                                 "inner:after", "outer:after"}));
  EXPECT_EQ(exchange.response.status, StatusCode::ok);
  EXPECT_EQ(exchange.response.body(), "hi");
}

TEST(Pipeline, EarlyResponseReplacesTheHandlerButStillRunsTheChain) {
  Chain chain;
  chain.router.Add(Verb::post, "/upload", chain.Logged("stored"));
  chain.Use<Recording>("log", chain.log);
  TestRequest post(Verb::post, "/upload");

  Exchange exchange = chain.Run(post, BadRequest("The body is not valid."));

  EXPECT_EQ(chain.log, (std::vector<std::string>{"log:before", "log:after"}));
  EXPECT_EQ(exchange.response.status, StatusCode::bad_request);
  EXPECT_EQ(exchange.response.content_type, "application/problem+json");
}

TEST(Pipeline, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  Chain chain;
  chain.router.Add(Verb::get, "/things", chain.Logged("things"));
  TestRequest missing(Verb::get, "/nothing");
  TestRequest wrong_method(Verb::delete_, "/things");

  Exchange not_found = chain.Run(missing);
  Exchange not_allowed = chain.Run(wrong_method);

  EXPECT_EQ(not_found.response.status, StatusCode::not_found);
  EXPECT_EQ(not_found.response.content_type, "application/problem+json");
  EXPECT_EQ(not_allowed.response.status, StatusCode::method_not_allowed);
  EXPECT_EQ(HeaderOf(not_allowed.response, "Allow"), "GET, HEAD");
  EXPECT_TRUE(chain.log.empty()) << "no handler runs for either";
}

TEST(Pipeline, RecoverTurnsAThrowingHandlerIntoA500Problem) {
  Chain chain;
  chain.router.Add(Verb::get, "/broken", [](Request&) -> boost::asio::awaitable<Response> {
    throw std::runtime_error("database handle is null");
    co_return Response::Text("unreachable");
  });
  chain.router.Add(Verb::get, "/weird", [](Request&) -> boost::asio::awaitable<Response> {
    throw 42;
    co_return Response::Text("unreachable");
  });
  chain.Use<RecoverMiddleware>();
  TestRequest broken(Verb::get, "/broken");
  TestRequest weird(Verb::get, "/weird");

  for (TestRequest* request : {&broken, &weird}) {
    Exchange exchange = chain.Run(*request);
    EXPECT_EQ(exchange.response.status, StatusCode::internal_server_error);
    EXPECT_EQ(exchange.response.content_type, "application/problem+json");
    boost::json::object body = boost::json::parse(exchange.response.body()).as_object();
    EXPECT_EQ(body.at("status").as_int64(), 500);
    EXPECT_EQ(body.at("title").as_string(), "Internal Server Error");
    EXPECT_EQ(exchange.response.body().find("database handle"), std::string_view::npos)
        << "the exception's text stays in the log, not in the answer";
  }
}

TEST(Pipeline, WithoutRecoverTheExceptionEscapesTheChain) {
  Chain chain;
  chain.router.Add(Verb::get, "/broken", [](Request&) -> boost::asio::awaitable<Response> {
    throw std::runtime_error("boom");
    co_return Response::Text("unreachable");
  });
  TestRequest broken(Verb::get, "/broken");

  EXPECT_THROW(chain.Run(broken), std::runtime_error);
}

TEST(Pipeline, RequestIdIsGeneratedAs16HexCharacters) {
  Chain chain;
  chain.router.Add(Verb::get, "/hello", chain.Logged("hi"));
  chain.Use<RequestIdMiddleware>();
  TestRequest first(Verb::get, "/hello");
  TestRequest second(Verb::get, "/hello");

  std::string id = HeaderOf(chain.Run(first).response, "X-Request-Id");
  std::string handler_saw = chain.seen_request_id;
  std::string next_id = HeaderOf(chain.Run(second).response, "X-Request-Id");

  EXPECT_EQ(id.size(), 16u);
  EXPECT_TRUE(IsLowerHex(id)) << id;
  EXPECT_EQ(handler_saw, id) << "the handler and the response carry the same id";
  EXPECT_NE(next_id, id);
}

TEST(Pipeline, RequestIdFromAProxyIsKeptWhenWellFormed) {
  Chain chain;
  chain.router.Add(Verb::get, "/hello", chain.Logged("hi"));
  chain.Use<RequestIdMiddleware>();
  TestRequest get(Verb::get, "/hello", {{"X-Request-Id", "edge-7f3a.Z_9"}});

  Exchange exchange = chain.Run(get);

  EXPECT_EQ(HeaderValues(exchange.response, "X-Request-Id"),
            (std::vector<std::string>{"edge-7f3a.Z_9"}));
  EXPECT_EQ(chain.seen_request_id, "edge-7f3a.Z_9");
}

TEST(Pipeline, RequestIdFromTheClientIsReplacedWhenMalformed) {
  Chain chain;
  chain.router.Add(Verb::get, "/hello", chain.Logged("hi"));
  chain.Use<RequestIdMiddleware>();
  TestRequest get(Verb::get, "/hello", {{"X-Request-Id", "evil id\"; drop"}});

  std::string id = HeaderOf(chain.Run(get).response, "X-Request-Id");

  EXPECT_EQ(id.size(), 16u);
  EXPECT_TRUE(IsLowerHex(id)) << id;
}

TEST(RequestId, AcceptableIdsAreShortAndPlain) {
  EXPECT_TRUE(IsAcceptableRequestId("a"));
  EXPECT_TRUE(IsAcceptableRequestId("0123456789abcdef"));
  EXPECT_TRUE(IsAcceptableRequestId("Edge-1.trace_ID"));
  EXPECT_TRUE(IsAcceptableRequestId(std::string(64, 'x')));

  EXPECT_FALSE(IsAcceptableRequestId(""));
  EXPECT_FALSE(IsAcceptableRequestId(std::string(65, 'x')));
  EXPECT_FALSE(IsAcceptableRequestId("has space"));
  EXPECT_FALSE(IsAcceptableRequestId("slash/inside"));
  EXPECT_FALSE(IsAcceptableRequestId("quote\""));
  EXPECT_FALSE(IsAcceptableRequestId("line\r\nX-Injected: 1"));
  EXPECT_FALSE(IsAcceptableRequestId("caf\xc3\xa9"));
}

TEST(Pipeline, SecurityHeadersAreOnEveryResponse) {
  Chain chain;
  chain.router.Add(Verb::get, "/page", chain.Logged("page"));
  chain.Use<SecurityHeadersMiddleware>();
  TestRequest page(Verb::get, "/page");
  TestRequest missing(Verb::get, "/missing");

  for (TestRequest* request : {&page, &missing}) {
    Response response = chain.Run(*request).response;
    EXPECT_EQ(HeaderOf(response, "Content-Security-Policy"),
              "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
              "form-action 'self'");
    EXPECT_EQ(HeaderOf(response, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(HeaderOf(response, "Referrer-Policy"), "strict-origin-when-cross-origin");
    EXPECT_EQ(HeaderOf(response, "X-Frame-Options"), "DENY");
  }
}

// A collector that only the site https://shop.example may call from a browser.
class CorsChain : public ::testing::Test {
 protected:
  CorsChain() {
    chain_.router.Add(Verb::get, "/api/v1/events", chain_.Logged("events"), {.cors = &policy_});
    chain_.router.Add(Verb::post, "/api/v1/events", chain_.Logged("stored"), {.cors = &policy_});
    chain_.router.Add(Verb::get, "/admin", chain_.Logged("admin"));
    chain_.Use<CorsMiddleware>();
  }

  OnlyOrigin policy_{"https://shop.example"};
  Chain chain_;
};

TEST_F(CorsChain, PreflightFromAnAllowedOriginIsAnswered204WithThePermissions) {
  TestRequest preflight(Verb::options, "/api/v1/events",
                        {{"Origin", "https://shop.example"},
                         {"Access-Control-Request-Method", "POST"},
                         {"Access-Control-Request-Headers", "content-type, x-trace"}});

  Response response = chain_.Run(preflight).response;

  EXPECT_EQ(response.status, StatusCode::no_content);
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Origin"), "https://shop.example");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Methods"), "GET, HEAD, POST");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Headers"), "content-type, x-trace");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Max-Age"), "600");
  EXPECT_EQ(HeaderOf(response, "Vary"), "Origin");
  EXPECT_TRUE(chain_.log.empty()) << "a preflight never reaches the handler";
}

TEST_F(CorsChain, PreflightFromARefusedOriginGetsNoCorsHeaders) {
  TestRequest preflight(
      Verb::options, "/api/v1/events",
      {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "POST"}});

  Response response = chain_.Run(preflight).response;

  EXPECT_EQ(response.status, StatusCode::no_content);
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Origin"), "");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Methods"), "");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Max-Age"), "");
  EXPECT_EQ(HeaderOf(response, "Vary"), "Origin");
  EXPECT_TRUE(chain_.log.empty());
}

TEST_F(CorsChain, AllowedOriginSeesTheResponseWithAllowOriginAndVary) {
  TestRequest get(Verb::get, "/api/v1/events", {{"Origin", "https://shop.example"}});

  Response response = chain_.Run(get).response;

  EXPECT_EQ(response.body(), "events");
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Origin"), "https://shop.example");
  EXPECT_EQ(HeaderOf(response, "Vary"), "Origin");
}

TEST_F(CorsChain, RefusedOriginGetsTheResponseWithoutAllowOrigin) {
  TestRequest get(Verb::get, "/api/v1/events", {{"Origin", "https://evil.example"}});

  Response response = chain_.Run(get).response;

  EXPECT_EQ(response.body(), "events") << "the browser, not the server, withholds it";
  EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Origin"), "");
  EXPECT_EQ(HeaderOf(response, "Vary"), "Origin") << "caches must not reuse it for shop.example";
}

TEST_F(CorsChain, AHandlersOwnAnswerToTheOriginIsLeftAsItIs) {
  chain_.router.Add(Verb::put, "/api/v1/events",
                    [](Request&) -> boost::asio::awaitable<Response> {
                      Response response = Response::Text("replaced");
                      response.SetHeader("Access-Control-Allow-Origin", "https://shop.example");
                      response.SetHeader("Vary", "Origin");
                      co_return response;
                    },
                    {.cors = &policy_});
  TestRequest put(Verb::put, "/api/v1/events", {{"Origin", "https://shop.example"}});

  Response response = chain_.Run(put).response;

  EXPECT_EQ(HeaderValues(response, "Access-Control-Allow-Origin"),
            std::vector<std::string>{"https://shop.example"});
  EXPECT_EQ(HeaderValues(response, "Vary"), std::vector<std::string>{"Origin"});
}

TEST_F(CorsChain, SameOriginAndNonCorsRoutesGetNoCorsHeaders) {
  TestRequest same_origin(Verb::get, "/api/v1/events");
  TestRequest admin(Verb::get, "/admin", {{"Origin", "https://shop.example"}});
  TestRequest admin_preflight(
      Verb::options, "/admin",
      {{"Origin", "https://shop.example"}, {"Access-Control-Request-Method", "GET"}});

  for (TestRequest* request : {&same_origin, &admin, &admin_preflight}) {
    Response response = chain_.Run(*request).response;
    EXPECT_EQ(HeaderOf(response, "Access-Control-Allow-Origin"), "") << request->message.target();
    EXPECT_EQ(HeaderOf(response, "Vary"), "") << request->message.target();
  }
  EXPECT_EQ(chain_.Run(admin_preflight).response.status, StatusCode::method_not_allowed);
}

}  // namespace
}  // namespace waymark::http
