// Hostile bytes: mutated requests must get a clear status or a closed connection, never a
// crash or a hang, and the server keeps serving everyone else.
#include <gtest/gtest.h>

#include <random>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

std::string Mutate(std::string request, std::mt19937& random) {
  static constexpr char kNasty[] = {'\0', '\r', '\n', ' ', ':', '%', '"', '\x7f', '\xff', 'A'};
  int edits = 1 + static_cast<int>(random() % 4);
  for (int i = 0; i < edits && !request.empty(); ++i) {
    std::size_t at = random() % request.size();
    switch (random() % 4) {
      case 0:  // overwrite a byte
        request[at] = kNasty[random() % sizeof kNasty];
        break;
      case 1:  // insert a byte
        request.insert(request.begin() + static_cast<std::ptrdiff_t>(at),
                       kNasty[random() % sizeof kNasty]);
        break;
      case 2:  // cut the request short
        request.resize(at);
        break;
      default:  // repeat a stretch (duplicate headers, doubled lines)
        request.insert(at, request.substr(at, random() % 40));
        break;
    }
  }
  return request;
}

TEST(Garbage, MutatedRequestsNeverTakeTheServerDown) {
  ServerProcess server({"--timeouts-header-ms", "100", "--timeouts-body-ms", "100"});
  const std::string valid =
      "POST /healthz?x=1 HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: 5\r\n"
      "Transfer-Encoding: chunked\r\nReferer: https://a.example/\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
  std::mt19937 random(20261124);  // fixed: a failure reproduces
  for (int i = 0; i < 150; ++i) {
    std::string request = Mutate(valid, random);
    auto reply = server.Raw(request, std::chrono::milliseconds(300));
    ASSERT_TRUE(reply.ok()) << "connection refused after case " << i;
    if (!reply->bytes.empty()) {
      EXPECT_TRUE(reply->bytes.starts_with("HTTP/1.1 ")) << "case " << i << ": " << reply->bytes;
    }
  }
  auto health = server.Client().Get("/healthz");
  ASSERT_TRUE(health.ok()) << server.Log();
  EXPECT_EQ(health->status, 200u);
  EXPECT_EQ(server.Terminate(), 0) << server.Log();
}

}  // namespace
}  // namespace waymark::testing
