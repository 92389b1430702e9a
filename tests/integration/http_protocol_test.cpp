// What a client sees of the HTTP core: keep-alive, pipelining, limits, bad requests.
#include <gtest/gtest.h>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

std::size_t Count(const std::string& text, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

class HttpProtocol : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--limits-header-bytes", "4096", "--limits-body-bytes", "1000"});
  }
  static void TearDownTestSuite() { delete server_; }
  static ServerProcess* server_;
};
ServerProcess* HttpProtocol::server_ = nullptr;

TEST_F(HttpProtocol, KeepAliveServesManyRequestsOnOneConnection) {
  auto reply =
      server_->Raw("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n", std::chrono::milliseconds(300));
  ASSERT_TRUE(reply.ok());
  EXPECT_FALSE(reply->closed_by_server) << "an HTTP/1.1 connection stays open";

  http::Client client = server_->Client();
  for (int i = 0; i < 3; ++i) {
    auto response = client.Get("/healthz");
    ASSERT_TRUE(response.ok()) << response.status().message();
    EXPECT_EQ(response->status, 200u);
    EXPECT_TRUE(response->keep_alive);
    EXPECT_EQ(response->body, R"({"status":"ok"})");
  }
}

TEST_F(HttpProtocol, PipelinedRequestsAreAnsweredInOrder) {
  auto reply = server_->Raw(
      "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
      "GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n"
      "GET /nowhere HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  const std::string& bytes = reply->bytes;
  std::size_t ok = bytes.find(R"({"status":"ok"})");
  std::size_t ready = bytes.find(R"({"status":"ready"})");
  std::size_t missing = bytes.find("404 Not Found");
  ASSERT_NE(ok, std::string::npos) << bytes;
  ASSERT_NE(ready, std::string::npos) << bytes;
  ASSERT_NE(missing, std::string::npos) << bytes;
  EXPECT_LT(ok, ready);
  EXPECT_LT(ready, missing);
  EXPECT_TRUE(reply->closed_by_server) << "Connection: close is honoured";
}

TEST_F(HttpProtocol, OversizedHeadersGet431AndTheServerStaysUp) {
  std::string big(8000, 'a');
  auto reply = server_->Raw("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: " + big + "\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 431 ")) << reply->bytes.substr(0, 200);
  EXPECT_NE(reply->bytes.find("application/problem+json"), std::string::npos);
  EXPECT_TRUE(reply->closed_by_server);
  EXPECT_EQ(server_->Client().Get("/healthz")->status, 200u);
}

TEST_F(HttpProtocol, OversizedBodyGets413BeforeItIsRead) {
  auto reply = server_->Raw("POST /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 413 ")) << reply->bytes.substr(0, 200);
  EXPECT_TRUE(reply->closed_by_server);
}

TEST_F(HttpProtocol, ChunkedBodyPastTheLimitGets413) {
  std::string chunk(900, 'x');
  auto reply = server_->Raw(
      "POST /healthz HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
      "384\r\n" +
      chunk + "\r\n384\r\n" + chunk + "\r\n0\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 413 ")) << reply->bytes.substr(0, 200);
}

TEST_F(HttpProtocol, MalformedRequestsGet400ProblemJson) {
  const std::string cases[] = {
      "BLAH\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nHost: t\r\nHost: u\r\n\r\n",
      "GET /healthz HTTP/1.1\r\n\r\n",
      "GET /he%zzlthz HTTP/1.1\r\nHost: t\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
      "GET /healthz HTTP/1.1\r\nHost: t\r\nBad Header: x\r\n\r\n",
      std::string("GET /\0 HTTP/1.1\r\nHost: t\r\n\r\n", 27),
  };
  for (const std::string& request : cases) {
    auto reply = server_->Raw(request);
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 400 ")) << request << "\n" << reply->bytes;
    EXPECT_NE(reply->bytes.find("application/problem+json"), std::string::npos);
    EXPECT_TRUE(reply->closed_by_server);
  }
  auto target = server_->Raw("GET /he%zzlthz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_NE(target->bytes.find(R"("field":"target")"), std::string::npos) << target->bytes;
  EXPECT_EQ(server_->Client().Get("/healthz")->status, 200u);
}

TEST_F(HttpProtocol, BytesPastTheDeclaredBodyAreReadAsTheNextRequest) {
  // Content-Length says 2; what follows is not a request, so it is answered 400, not
  // silently joined to the body.
  auto reply = server_->Raw(
      "GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n"
      "abNOT A REQUEST\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 200 ")) << reply->bytes;
  EXPECT_NE(reply->bytes.find("HTTP/1.1 400 "), std::string::npos) << reply->bytes;
  EXPECT_TRUE(reply->closed_by_server);
}

TEST_F(HttpProtocol, ExpectContinueIsAnsweredBeforeTheBodyIsSent) {
  // Only the head goes out first; the server must say 100 Continue to get the body.
  auto reply = server_->Raw(
      "GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n",
      std::chrono::milliseconds(500));
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->bytes, "HTTP/1.1 100 Continue\r\n\r\n");
}

TEST_F(HttpProtocol, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  http::Client client = server_->Client();
  auto missing = client.Get("/no/such/page");
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 404u);
  EXPECT_EQ(missing->Header("Content-Type"), "application/problem+json");

  auto wrong = client.Send(Verb::delete_, "/healthz");
  ASSERT_TRUE(wrong.ok());
  EXPECT_EQ(wrong->status, 405u);
  EXPECT_EQ(wrong->Header("Allow"), "GET, HEAD");
}

TEST_F(HttpProtocol, HeadAnnouncesTheBodyWithoutSendingIt) {
  auto reply = server_->Raw("HEAD /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 200 "));
  EXPECT_NE(reply->bytes.find("Content-Length: 15\r\n"), std::string::npos);
  EXPECT_TRUE(reply->bytes.ends_with("\r\n\r\n")) << "no body after the head";
}

TEST_F(HttpProtocol, EveryResponseCarriesARequestIdAndSecurityHeaders) {
  http::Client client = server_->Client();
  auto first = client.Get("/healthz");
  auto second = client.Get("/nowhere");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->Header("X-Request-Id").size(), 16u);
  EXPECT_NE(first->Header("X-Request-Id"), second->Header("X-Request-Id"));
  for (const auto& response : {*first, *second}) {
    EXPECT_NE(response.Header("Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos);
    EXPECT_EQ(response.Header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(response.Header("Referrer-Policy"), "strict-origin-when-cross-origin");
    EXPECT_FALSE(response.Header("Date").empty());
  }
  auto echoed = client.Get("/healthz", {{"X-Request-Id", "trace-abc.123"}});
  EXPECT_EQ(echoed->Header("X-Request-Id"), "trace-abc.123");
}

TEST_F(HttpProtocol, MetricsCountRequestsByRouteAndStatus) {
  http::Client client = server_->Client();
  ASSERT_EQ(client.Get("/healthz")->status, 200u);
  ASSERT_EQ(client.Get("/missing-for-metrics")->status, 404u);
  auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics.ok());
  const std::string& text = metrics->body;
  EXPECT_NE(text.find(R"(waymark_http_requests_total{method="GET",route="/healthz",code="200"})"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(waymark_http_requests_total{method="",route="unmatched",code="404"})"),
            std::string::npos);
  EXPECT_EQ(Count(text, "# TYPE waymark_http_request_duration_seconds histogram"), 1u);
  EXPECT_NE(text.find("waymark_http_open_connections "), std::string::npos);
  EXPECT_NE(text.find("waymark_store_write_queue_depth "), std::string::npos);
  EXPECT_NE(text.find("waymark_store_write_group_size_bucket{le=\"+Inf\"}"), std::string::npos);
  EXPECT_NE(text.find("waymark_analytics_pending_events 0"), std::string::npos);
}

TEST(HttpTimeouts, SlowClientIsCutOffWhileOthersAreServed) {
  ServerProcess server({"--timeouts-header-ms", "300"});
  // Headers trickle in and never end: the header timeout must close this connection.
  std::thread slow([&] {
    auto reply =
        server.Raw("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: ", std::chrono::seconds(10));
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(reply->closed_by_server);
    EXPECT_TRUE(reply->bytes.empty()) << reply->bytes;
  });
  http::Client client = server.Client();
  for (int i = 0; i < 20; ++i) EXPECT_EQ(client.Get("/healthz")->status, 200u);
  slow.join();
}

TEST(HttpLimits, ConnectionsPastTheLimitAreRefusedWith503) {
  ServerProcess server({"--limits-max-connections", "2"});
  http::Client a = server.Client();
  http::Client b = server.Client();
  ASSERT_EQ(a.Get("/healthz")->status, 200u);
  ASSERT_EQ(b.Get("/healthz")->status, 200u);
  auto third = server.Raw("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->bytes.starts_with("HTTP/1.1 503 ")) << third->bytes;
  EXPECT_NE(third->bytes.find("Retry-After: 1"), std::string::npos);
}

}  // namespace
}  // namespace waymark::testing
