// The access log as an operator reads it: nginx's combined format, rotation, SIGHUP,
// anonymization and proxies.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <regex>
#include <thread>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

namespace fs = std::filesystem;

// One NCSA Combined line split into its fields, with nginx's \xHH escapes undone.
struct CombinedLine {
  std::string address, user, time, request, status, bytes, referer, agent;
};

std::string Unescape(const std::string& value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value.compare(i, 2, "\\x") == 0 && i + 3 < value.size()) {
      out.push_back(static_cast<char>(std::stoi(value.substr(i + 2, 2), nullptr, 16)));
      i += 3;
    } else {
      out.push_back(value[i]);
    }
  }
  return out;
}

std::optional<CombinedLine> Parse(const std::string& line) {
  static const std::regex kCombined(
      R"re(^(\S+) - (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+) "([^"]*)" "([^"]*)"$)re");
  std::smatch m;
  if (!std::regex_match(line, m, kCombined)) return std::nullopt;
  return CombinedLine{m[1], m[2], m[3], m[4], m[5], m[6], Unescape(m[7]), Unescape(m[8])};
}

TEST(AccessLog, EveryFieldOfALineReadsBack) {
  ServerProcess server;
  http::Client client = server.Client();
  std::string referer = R"(https://example.com/a "quoted" \path?x=1)";
  std::string agent = "Mozilla/5.0 (\"quoted\" agent)";
  auto response = client.Get("/healthz?probe=1", {{"Referer", referer}, {"User-Agent", agent}});
  ASSERT_TRUE(response.ok());

  auto lines = AwaitLogLines(server.data_dir() / "logs", 1);
  ASSERT_EQ(lines.size(), 1u);
  auto line = Parse(lines[0]);
  ASSERT_TRUE(line) << lines[0];
  EXPECT_EQ(line->address, "127.0.0.1");
  EXPECT_EQ(line->user, "-");
  EXPECT_TRUE(
      std::regex_match(line->time, std::regex(R"(\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d \+0000)")))
      << line->time;
  EXPECT_EQ(line->request, "GET /healthz?probe=1 HTTP/1.1");
  EXPECT_EQ(line->status, "200");
  EXPECT_EQ(line->bytes, std::to_string(response->body.size()));
  EXPECT_EQ(line->referer, referer);
  EXPECT_EQ(line->agent, agent);
  EXPECT_NE(lines[0].find("\\x22quoted\\x22"), std::string::npos) << "quotes escaped as nginx does";
}

TEST(AccessLog, MissingHeadersAreDashesAndErrorsAreLogged) {
  ServerProcess server;
  auto reply = server.Raw("GET /nope HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  auto lines = AwaitLogLines(server.data_dir() / "logs", 1);
  ASSERT_EQ(lines.size(), 1u);
  auto line = Parse(lines[0]);
  ASSERT_TRUE(line) << lines[0];
  EXPECT_EQ(line->status, "404");
  EXPECT_EQ(line->referer, "-");
  EXPECT_EQ(line->agent, "-");
}

TEST(AccessLog, AnonymizationZeroesTheLastOctet) {
  ServerProcess server({"--access-log-anonymize-ip", "true"});
  ASSERT_TRUE(server.Client().Get("/healthz").ok());
  auto lines = AwaitLogLines(server.data_dir() / "logs", 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].starts_with("127.0.0.0 - - [")) << lines[0];
}

TEST(AccessLog, ForwardedForIsBelievedOnlyFromTrustedProxies) {
  {
    ServerProcess untrusted;
    ASSERT_TRUE(untrusted.Client().Get("/healthz", {{"X-Forwarded-For", "203.0.113.9"}}).ok());
    auto lines = AwaitLogLines(untrusted.data_dir() / "logs", 1);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].starts_with("127.0.0.1 ")) << lines[0];
  }
  ServerProcess trusted({"--access-log-trusted-proxies", "127.0.0.0/8"});
  ASSERT_TRUE(trusted.Client().Get("/healthz", {{"X-Forwarded-For", "203.0.113.9"}}).ok());
  auto lines = AwaitLogLines(trusted.data_dir() / "logs", 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].starts_with("203.0.113.9 ")) << lines[0];
}

TEST(AccessLog, RotatesBySizeWithoutLosingALine) {
  ServerProcess server({"--access-log-rotate-bytes", "4096"});
  http::Client client = server.Client();
  constexpr int kRequests = 200;
  for (int i = 0; i < kRequests; ++i)
    ASSERT_TRUE(client.Get("/healthz?n=" + std::to_string(i)).ok());
  auto lines = AwaitLogLines(server.data_dir() / "logs", kRequests);
  EXPECT_EQ(lines.size(), static_cast<std::size_t>(kRequests));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(server.data_dir() / "logs"))
    ++files;
  EXPECT_GT(files, 2u) << "about 18 KB of lines at 4 KB a file";
  for (int i = 0; i < kRequests; ++i) {
    std::string needle = "/healthz?n=" + std::to_string(i) + " ";
    EXPECT_EQ(
        std::count_if(lines.begin(), lines.end(),
                      [&](const std::string& l) { return l.find(needle) != std::string::npos; }),
        1)
        << needle;
  }
}

TEST(AccessLog, SighupReopensAFileMovedAway) {
  ServerProcess server;
  http::Client client = server.Client();
  fs::path logs = server.data_dir() / "logs";
  ASSERT_TRUE(client.Get("/healthz?before").ok());
  ASSERT_EQ(AwaitLogLines(logs, 1).size(), 1u);
  fs::create_directories(server.data_dir() / "moved");
  fs::rename(logs / "access.log", server.data_dir() / "moved" / "access.log.1");
  server.Signal(SIGHUP);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the writer reopens
  ASSERT_TRUE(client.Get("/healthz?after").ok());
  auto lines = AwaitLogLines(logs, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("/healthz?after"), std::string::npos);
  EXPECT_EQ(FileLines(server.data_dir() / "moved" / "access.log.1").size(), 1u);
}

}  // namespace
}  // namespace waymark::testing
