// /metrics is for the machine the server runs on, or for whoever holds the metrics token.
#include <gtest/gtest.h>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

TEST(MetricsAccess, LocalByDefaultAndNeverThroughAProxy) {
  ServerProcess server;
  http::Client client = server.Client();
  EXPECT_EQ(client.Get("/metrics")->status, 200u);
  EXPECT_EQ(client.Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}})->status, 403u);
}

TEST(MetricsAccess, ATokenWhenConfigured) {
  ServerProcess server({"--ops-metrics-token", "scrape-me"});
  http::Client client = server.Client();
  EXPECT_EQ(client.Get("/metrics")->status, 403u);
  EXPECT_EQ(client.Get("/metrics", {{"Authorization", "Bearer nope"}})->status, 403u);
  auto scraped = client.Get(
      "/metrics", {{"Authorization", "Bearer scrape-me"}, {"X-Forwarded-For", "203.0.113.9"}});
  EXPECT_EQ(scraped->status, 200u);
  EXPECT_NE(scraped->body.find("waymark_"), std::string::npos);
}

}  // namespace
}  // namespace waymark::testing
