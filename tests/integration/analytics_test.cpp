// Event ingestion through a real server: nothing it acknowledged is lost when the process
// is killed mid-stream, nothing is counted twice when clients resend, and overload is
// answered with 503 and Retry-After, never with an unbounded queue.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;
namespace json = boost::json;

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Uuid(int sender, int n) {
  char text[40];
  std::snprintf(text, sizeof text, "0190a1b2-c3d4-7e5f-8a%02d-%012d", sender, n);
  return text;
}

std::string Body(const std::string& key, int sender, int first, int count) {
  json::array events;
  for (int n = first; n < first + count; ++n) {
    events.push_back({{"id", Uuid(sender, n)},
                      {"type", "view"},
                      {"ts", NowMs()},
                      {"anonymousId", "user-" + std::to_string(n % 50)},
                      {"interactionId", "i" + std::to_string(n % 3)}});
  }
  return json::serialize(json::object{{"projectId", key}, {"events", std::move(events)}});
}

class AnalyticsTest : public ::testing::Test {
 protected:
  void Open(std::vector<std::string> env = {}) {
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{}, std::move(env));
    team_ = std::make_unique<Team>(BuildTeam(*server_, "a"));
    key_ = team_->Member("owner").Get("/api/v1/projects/" + team_->project).Text("publicKey");
  }

  // Every stored event id, with how often it is stored, from the CSV export.
  std::map<std::string, int> StoredIds() {
    http::Client client = server_->Client();
    auto reply = client.Get("/api/v1/projects/" + team_->project + "/analytics/events",
                            {{"Authorization", "Bearer " + team_->secret_key}});
    EXPECT_TRUE(reply.ok() && reply->status == 200) << (reply.ok() ? reply->body : "");
    std::map<std::string, int> ids;
    if (!reply.ok()) return ids;
    std::size_t line = reply->body.find('\n') + 1;  // past the header
    while (line < reply->body.size()) {
      ids[reply->body.substr(line, 36)] += 1;
      line = reply->body.find('\n', line) + 1;
      if (line == 0) break;
    }
    return ids;
  }

  std::int64_t ReportedViews() {
    http::Client client = server_->Client();
    auto reply = client.Get("/api/v1/projects/" + team_->project + "/analytics",
                            {{"Authorization", "Bearer " + team_->secret_key}});
    if (!reply.ok() || reply->status != 200) return -1;
    json::value report = json::parse(reply->body);
    return report.at("totals").as_object().contains("view")
               ? report.at("totals").at("view").as_int64()
               : 0;
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<Team> team_;
  std::string key_;
};

TEST_F(AnalyticsTest, EveryAcknowledgedEventSurvivesAKillExactlyOnce) {
  Open();
  constexpr int kSenders = 4;
  constexpr int kBatch = 20;
  std::mutex mutex;
  std::set<std::string> acknowledged;
  std::vector<int> sent(kSenders, 0);  // events each sender tried, acknowledged or not
  std::atomic<bool> stop{false};
  std::vector<std::thread> senders;
  for (int s = 0; s < kSenders; ++s) {
    senders.emplace_back([&, s] {
      http::Client client = server_->Client();
      for (int n = 0; !stop; n += kBatch) {
        sent[s] = n + kBatch;
        auto reply = client.Send(Verb::post, "/v1/events", Body(key_, s, n, kBatch),
                                 {{"Content-Type", "text/plain"}});
        if (!reply.ok()) return;  // the server is gone
        if (reply->status != 200) continue;
        json::value answer = json::parse(reply->body);
        std::lock_guard lock(mutex);
        for (const auto& id : answer.at("saved").as_array()) {
          acknowledged.emplace(id.as_string());
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  server_->KillAndRestart();  // mid-stream: requests are in flight
  stop = true;
  for (auto& sender : senders) sender.join();
  ASSERT_GT(acknowledged.size(), 200u) << "too little was sent to prove anything";

  std::map<std::string, int> stored = StoredIds();
  for (const std::string& id : acknowledged) {
    ASSERT_EQ(stored[id], 1) << id << " was acknowledged, then lost or doubled";
  }

  // The clients resend everything they had sent, as the SDK does for what was never
  // acknowledged: each event ends up stored exactly once.
  http::Client client = server_->Client();
  std::size_t total = 0;
  for (int s = 0; s < kSenders; ++s) {
    for (int n = 0; n < sent[s]; n += kBatch) {
      auto reply = client.Send(Verb::post, "/v1/events", Body(key_, s, n, kBatch),
                               {{"Content-Type", "text/plain"}});
      ASSERT_TRUE(reply.ok() && reply->status == 200) << (reply.ok() ? reply->body : "");
    }
    total += static_cast<std::size_t>(sent[s]);
  }
  stored = StoredIds();
  EXPECT_EQ(stored.size(), total);
  for (const auto& [id, times] : stored) ASSERT_EQ(times, 1) << id;
  // And the rollups, kept through the crash, agree with the raw events.
  EXPECT_EQ(ReportedViews(), static_cast<std::int64_t>(total));
}

TEST_F(AnalyticsTest, OverloadIsRefusedWithRetryAfterAndRetriesLoseNothing) {
  Open({"WAYMARK_ANALYTICS_MAX_PENDING_EVENTS=1000"});
  constexpr int kSenders = 8;
  constexpr int kBatch = 500;
  constexpr int kRequests = 6;
  std::atomic<int> refused{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> senders;
  for (int s = 0; s < kSenders; ++s) {
    senders.emplace_back([&, s] {
      http::Client client = server_->Client();
      for (int r = 0; r < kRequests; ++r) {
        for (int attempt = 0;; ++attempt) {
          auto reply = client.Send(Verb::post, "/v1/events", Body(key_, s, r * kBatch, kBatch),
                                   {{"Content-Type", "text/plain"}});
          if (!reply.ok() || attempt > 200) {
            ++failures;
            break;
          }
          if (reply->status == 200) break;
          if (reply->status != 503 || reply->Header("Retry-After").empty()) {
            ++failures;
            break;
          }
          ++refused;
          std::this_thread::sleep_for(std::chrono::milliseconds(20));  // sooner than told
        }
      }
    });
  }
  for (auto& sender : senders) sender.join();
  EXPECT_EQ(failures, 0);
  EXPECT_GT(refused, 0) << "the bound was never reached";
  std::map<std::string, int> stored = StoredIds();
  EXPECT_EQ(stored.size(), static_cast<std::size_t>(kSenders * kRequests * kBatch));
}

TEST_F(AnalyticsTest, HostileBodiesGetAClearAnswerAndTheServerCarriesOn) {
  Open();
  http::Client client = server_->Client();
  const http::Client::Headers text{{"Content-Type", "text/plain"}};
  // 100 MB announced: refused from its length, before it is read.
  auto huge = server_->Raw(
      "POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
      "Content-Length: 104857600\r\n\r\n{\"projectId\":");
  ASSERT_TRUE(huge.ok());
  EXPECT_TRUE(huge->bytes.starts_with("HTTP/1.1 413")) << huge->bytes.substr(0, 200);
  // A million events: past the 500 KB a request may hold.
  std::string million = "{\"projectId\":\"" + key_ + "\",\"events\":[";
  for (int i = 0; i < 1'000'000 && million.size() < 600'000; ++i) million += "{},";
  million += "{}]}";
  // Announced with Expect: 100-continue, as clients send large bodies: refused before any of
  // it is sent. (Sent at once instead, the refusal may close the connection while the client
  // still writes, so the client could miss the answer.)
  auto many = server_->Raw(
      "POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
      "Expect: 100-continue\r\nContent-Length: " +
      std::to_string(million.size()) + "\r\n\r\n");
  ASSERT_TRUE(many.ok());
  EXPECT_TRUE(many->bytes.starts_with("HTTP/1.1 413")) << many->bytes.substr(0, 200);
  // A gzip body is not taken for JSON: compressed bodies are not accepted, so no bomb.
  auto gzip = client.Send(Verb::post, "/v1/events", std::string("\x1f\x8b\x08\0\0\0\0\0", 8),
                          {{"Content-Type", "text/plain"}, {"Content-Encoding", "gzip"}});
  ASSERT_TRUE(gzip.ok());
  EXPECT_EQ(gzip->status, 400u);
  auto garbage = client.Send(Verb::post, "/v1/events", std::string("\xff\xfe\0garbage", 10), text);
  ASSERT_TRUE(garbage.ok());
  EXPECT_EQ(garbage->status, 400u);
  // Still serving.
  auto fine = client.Send(Verb::post, "/v1/events", Body(key_, 9, 0, 3), text);
  ASSERT_TRUE(fine.ok());
  EXPECT_EQ(fine->status, 200u) << fine->body;
}

}  // namespace
}  // namespace waymark::testing
