// GET /api/v1/traffic on a real server whose log directory holds a rotated file, a
// compressed rotated file and the live access log: the figures the lines imply, new lines
// counted once, and only the operators let in.
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using namespace std::chrono_literals;
using std::chrono::days;
using std::chrono::sys_days;

// Days a few days back, so that no request of the test itself is dated on them and the
// default retention (30 days) keeps them.
sys_days DaysAgo(int count) {
  return std::chrono::floor<days>(std::chrono::system_clock::now()) - days(count);
}

std::string IsoDay(sys_days day) {
  const std::chrono::year_month_day date{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return text;
}

// "access.log-20261120-235959", as the server names a file it rotated on that day.
std::string RotatedName(sys_days day) {
  std::string compact = IsoDay(day);
  std::erase(compact, '-');
  return "access.log-" + compact + "-235959";
}

std::string LogLine(sys_days day, const std::string& address, const std::string& path, int status,
                    const std::string& agent =
                        "Mozilla/5.0 (X11; Linux x86_64) "
                        "Gecko/20100101 Firefox/120.0") {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day date{day};
  char time[32];
  std::snprintf(time, sizeof time, "%02u/%s/%04d:10:00:00 +0000", unsigned(date.day()),
                kMonths[unsigned(date.month()) - 1], int(date.year()));
  return address + " - - [" + time + "] \"GET " + path + " HTTP/1.1\" " + std::to_string(status) +
         " 512 \"-\" \"" + agent + "\"\n";
}

void Append(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::app) << text;  // one write(2) on close
}

void WriteGzip(const std::filesystem::path& file, const std::string& text) {
  gzFile out = gzopen(file.c_str(), "wb");
  gzwrite(out, text.data(), static_cast<unsigned>(text.size()));
  gzclose(out);
}

class TrafficApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--auth-open-signup", "true"});
    team_ = new Team(BuildTeam(*server_, "t"));  // its owner signed up first: the instance's
    stranger_ = new ApiClient(*server_);
    EXPECT_EQ(stranger_->SignUp("stranger@example.com", kScenePassword, "Stranger").status, 201u);
  }
  static void TearDownTestSuite() {
    delete stranger_;
    delete team_;
    delete server_;
  }

  static std::filesystem::path Logs() { return server_->data_dir() / "logs"; }
  static std::string Range() {
    return "/api/v1/traffic?from=" + IsoDay(DaysAgo(5)) + "&to=" + IsoDay(DaysAgo(3));
  }
  static std::uint64_t Number(const ApiReply& reply, std::string_view key) {
    return reply.json.at(key).to_number<std::uint64_t>();
  }

  static ServerProcess* server_;
  static Team* team_;
  static ApiClient* stranger_;
};

ServerProcess* TrafficApi::server_ = nullptr;
Team* TrafficApi::team_ = nullptr;
ApiClient* TrafficApi::stranger_ = nullptr;

TEST_F(TrafficApi, CountsTheLogFilesAndThenOnlyTheirNewLines) {
  const sys_days first = DaysAgo(5), second = DaysAgo(4), third = DaysAgo(3);
  // A visitor is an address and a user agent on one day; a 4xx answer makes none.
  std::ofstream(Logs() / RotatedName(first), std::ios::binary)
      << LogLine(first, "198.51.100.1", "/", 200) + LogLine(first, "198.51.100.1", "/about", 200) +
             LogLine(first, "198.51.100.2", "/missing", 404);
  WriteGzip(Logs() / (RotatedName(second) + ".gz"),
            LogLine(second, "198.51.100.1", "/", 200) +
                LogLine(second, "198.51.100.3", "/api", 500, "curl/8.5.0"));
  Append(Logs() / "access.log", LogLine(third, "198.51.100.1", "/", 200) +
                                    LogLine(third, "198.51.100.4", "/wp-login.php", 404));

  ApiClient& owner = team_->Member("owner");
  ApiReply reply = owner.Get(Range());
  ASSERT_EQ(reply.status, 200u) << reply.raw.body;
  EXPECT_EQ(Number(reply, "requests"), 7u);
  EXPECT_EQ(Number(reply, "visitors"), 4u);
  EXPECT_EQ(reply.json.at("status").at("200").to_number<int>(), 4);
  EXPECT_EQ(reply.json.at("status").at("404").to_number<int>(), 2);
  EXPECT_EQ(reply.json.at("status").at("500").to_number<int>(), 1);
  EXPECT_EQ(reply.json.at("notFound").at("requests").to_number<int>(), 2);
  EXPECT_EQ(reply.json.at("from").as_string(), IsoDay(first));
  EXPECT_EQ(reply.json.at("to").as_string(), IsoDay(third));
  EXPECT_EQ(reply.json.at("days").as_array().size(), 3u);
  EXPECT_TRUE(reply.json.at("generatedAt").is_string());
  EXPECT_EQ(reply.raw.Header("Cache-Control"), "no-store");

  ApiReply today = owner.Get("/api/v1/traffic?from=" + IsoDay(DaysAgo(0)));
  ASSERT_EQ(today.status, 200u) << today.raw.body;
  // The server's own requests are in the log too, dated today: every one answered before
  // this one (the server flushes its log before reading it), more than a dozen.
  EXPECT_GT(Number(today, "requests"), 12u) << today.raw.body;

  Append(Logs() / "access.log", LogLine(third, "198.51.100.5", "/new", 200) +
                                    LogLine(third, "198.51.100.5", "/newer", 200) +
                                    LogLine(third, "198.51.100.6", "/gone", 404));
  // Refreshes come at most once a second: ask until the new lines show.
  for (auto until = std::chrono::steady_clock::now() + 10s;
       Number(reply, "requests") == 7u && std::chrono::steady_clock::now() < until;) {
    std::this_thread::sleep_for(200ms);
    reply = owner.Get(Range());
    ASSERT_EQ(reply.status, 200u) << reply.raw.body;
  }
  EXPECT_EQ(Number(reply, "requests"), 10u);
  EXPECT_EQ(Number(reply, "visitors"), 5u);
  EXPECT_EQ(reply.json.at("status").at("200").to_number<int>(), 6);
  EXPECT_EQ(reply.json.at("notFound").at("requests").to_number<int>(), 3);

  std::this_thread::sleep_for(1100ms);  // past the next refresh: nothing is counted again
  reply = team_->Member("admin").Get(Range());
  ASSERT_EQ(reply.status, 200u) << reply.raw.body;
  EXPECT_EQ(Number(reply, "requests"), 10u);
  EXPECT_EQ(Number(reply, "visitors"), 5u);
  EXPECT_EQ(Number(reply, "bytes"), 10u * 512);

  ApiReply one_day =
      owner.Get("/api/v1/traffic?from=" + IsoDay(second) + "&to=" + IsoDay(second) + "&top=1");
  ASSERT_EQ(one_day.status, 200u) << one_day.raw.body;
  EXPECT_EQ(Number(one_day, "requests"), 2u);
  EXPECT_EQ(one_day.json.at("pages").at("rows").as_array().size(), 1u);
}

TEST_F(TrafficApi, OnlyTheOperatorsMayReadIt) {
  EXPECT_EQ(team_->Member("owner").Get("/api/v1/traffic").status, 200u);
  EXPECT_EQ(team_->Member("admin").Get("/api/v1/traffic").status, 200u);
  EXPECT_EQ(team_->Member("editor").Get("/api/v1/traffic").status, 403u);
  EXPECT_EQ(team_->Member("viewer").Get("/api/v1/traffic").status, 403u);
  // The owner of another workspace is another tenant: the log holds the others' requests.
  EXPECT_EQ(stranger_->Get("/api/v1/traffic").status, 403u);
  ApiClient key(*server_);
  key.UseBearer(team_->secret_key);
  EXPECT_EQ(key.Get("/api/v1/traffic").status, 403u);
  ApiClient nobody(*server_);
  EXPECT_EQ(nobody.Get("/api/v1/traffic").status, 401u);
}

TEST_F(TrafficApi, BadParametersAreNamed) {
  ApiClient& owner = team_->Member("owner");
  ApiReply reply = owner.Get("/api/v1/traffic?from=nonsense");
  EXPECT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.raw.Header("Content-Type"), "application/problem+json");
  EXPECT_EQ(reply.ErrorField(), "from");
  reply = owner.Get("/api/v1/traffic?from=2026-01-05&to=2026-01-04");
  EXPECT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.ErrorField(), "to");
  reply = owner.Get("/api/v1/traffic?top=101");
  EXPECT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.ErrorField(), "top");
}

}  // namespace
}  // namespace waymark::testing
