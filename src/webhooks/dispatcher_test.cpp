#include "webhooks/dispatcher.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "webhooks/backoff.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/signature.hpp"
#include "webhooks/test_receiver.hpp"
#include "webhooks/test_store.hpp"

namespace waymark::webhooks {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using testkit::Answer;
using testkit::TestReceiver;

constexpr char kServerKey[] = "server key";

class DispatcherTest : public testkit::StoreTest {
 protected:
  DispatcherOptions Options(milliseconds retry_base = milliseconds(50)) {
    // The receivers listen on 127.0.0.1.
    return {.server_key = kServerKey,
            .timeout = seconds(5),
            .retry_base = retry_base,
            .allow_private_networks = true};
  }

  void Publish(const std::string& project) {
    boost::json::object data{{"postId", "post-1"}};
    Status status = store::testkit::Await(db_->Write([&](store::Transaction& tx) {
      return Enqueue(tx, project, "post.published", data, UnixNowMs());
    }));
    ASSERT_TRUE(status.ok()) << status.message();
  }

  // The delivery's status, attempts and last HTTP status, once it is `status` or 10 s passed.
  std::tuple<std::string, std::int64_t, std::int64_t> AwaitStatus(const std::string& webhook,
                                                                  const std::string& status) {
    const auto deadline = std::chrono::steady_clock::now() + seconds(10);
    for (;;) {
      store::Rows rows = Query(
          "SELECT status, attempts, last_status FROM webhook_deliveries WHERE webhook_id = '" +
          webhook + "'");
      if (rows.size() == 1 && (store::TextOf(rows.rows[0][0]) == status ||
                               std::chrono::steady_clock::now() > deadline)) {
        return {store::TextOf(rows.rows[0][0]), store::IntOf(rows.rows[0][1]),
                store::IntOf(rows.rows[0][2])};
      }
      if (std::chrono::steady_clock::now() > deadline) return {"(no delivery)", 0, 0};
      std::this_thread::sleep_for(milliseconds(20));
    }
  }
};

TEST_F(DispatcherTest, RetriesWithGrowingWaitsUntilTheReceiverAccepts) {
  TestReceiver receiver({Answer{.status = 500}, Answer{.status = 503}, Answer{.status = 200}});
  const std::string webhook = AddWebhook("p1", {"post.published"}, receiver.Url());
  Dispatcher dispatcher(*db_, Options());
  Publish("p1");

  auto received = receiver.WaitFor(3, seconds(10));
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(AwaitStatus(webhook, "succeeded"), std::make_tuple("succeeded", 3, 200));
  for (const auto& request : received) {
    EXPECT_EQ(request.body, received[0].body);  // the same delivery each time
    EXPECT_EQ(request.headers.at("waymark-delivery-id"),
              received[0].headers.at("waymark-delivery-id"));
    const std::string signature = request.headers.at("waymark-signature");
    const std::string t = signature.substr(2, signature.find(',') - 2);
    EXPECT_EQ(signature,
              SignatureHeader(SigningSecret(kServerKey, webhook, 1), std::stoll(t), request.body));
  }
  // The first wait is 50 ms and the second 150 ms, each give or take a fifth.
  EXPECT_GE(received[1].at - received[0].at, milliseconds(40));
  EXPECT_GE(received[2].at - received[1].at, milliseconds(120));
}

TEST_F(DispatcherTest, SendsWhatWasQueuedBeforeItStarted) {
  TestReceiver receiver;
  const std::string webhook = AddWebhook("p1", {"post.published"}, receiver.Url());
  Publish("p1");  // as if queued before a restart
  Dispatcher dispatcher(*db_, Options());
  EXPECT_EQ(receiver.WaitFor(1, seconds(10)).size(), 1u);
  EXPECT_EQ(AwaitStatus(webhook, "succeeded"), std::make_tuple("succeeded", 1, 200));
}

TEST_F(DispatcherTest, GivesUpAfterTheLastAttempt) {
  TestReceiver receiver({Answer{.status = 410, .body = "gone"}});
  const std::string webhook = AddWebhook("p1", {"post.published"}, receiver.Url());
  Publish("p1");
  Exec("UPDATE webhook_deliveries SET attempts = " + std::to_string(kMaxAttempts - 1));
  Dispatcher dispatcher(*db_, Options());
  EXPECT_EQ(AwaitStatus(webhook, "failed"), std::make_tuple("failed", kMaxAttempts, 410));
  store::Rows rows =
      Query("SELECT last_error, last_response, next_attempt_at FROM webhook_deliveries");
  EXPECT_EQ(store::TextOf(rows.rows[0][0]), "answered 410");
  EXPECT_EQ(store::TextOf(rows.rows[0][1]), "gone");
  EXPECT_TRUE(store::IsNull(rows.rows[0][2]));
}

TEST_F(DispatcherTest, GivesUpAtOnceOnAnAddressItDoesNotDeliverTo) {
  TestReceiver receiver;
  const std::string webhook = AddWebhook("p1", {"post.published"}, receiver.Url());
  Publish("p1");
  DispatcherOptions public_only = Options();
  public_only.allow_private_networks = false;
  Dispatcher dispatcher(*db_, public_only);
  EXPECT_EQ(AwaitStatus(webhook, "failed"), std::make_tuple("failed", 1, 0));
  store::Rows rows = Query("SELECT last_error, next_attempt_at FROM webhook_deliveries");
  EXPECT_EQ(store::TextOf(rows.rows[0][0]),
            "refused: 127.0.0.1 is a loopback address (webhooks.allow_private_networks)");
  EXPECT_TRUE(store::IsNull(rows.rows[0][1]));
  EXPECT_TRUE(receiver.WaitFor(1, milliseconds(300)).empty());
}

TEST_F(DispatcherTest, HoldsThePausedWebhooksDeliveries) {
  TestReceiver receiver;
  const std::string paused = AddWebhook("p1", {"post.published"}, receiver.Url("/paused"));
  const std::string active = AddWebhook("p1", {"post.published"}, receiver.Url("/active"));
  Publish("p1");
  Exec("UPDATE webhooks SET active = 0 WHERE id = '" + paused + "'");
  Dispatcher dispatcher(*db_, Options());
  EXPECT_EQ(AwaitStatus(active, "succeeded"), std::make_tuple("succeeded", 1, 200));
  auto received = receiver.WaitFor(2, milliseconds(300));
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].target, "/active");
  EXPECT_EQ(AwaitStatus(paused, "pending"), std::make_tuple("pending", 0, 0));
}

}  // namespace
}  // namespace waymark::webhooks
