#include "webhooks/enqueue.hpp"

#include <gtest/gtest.h>

#include <atomic>

#include "webhooks/doorbell.hpp"
#include "webhooks/events.hpp"
#include "webhooks/test_store.hpp"

namespace waymark::webhooks {
namespace {

class EnqueueTest : public testkit::StoreTest {
 protected:
  Status EnqueueIn(const std::string& project, std::string_view event, Status outcome = {}) {
    boost::json::object data{{"postId", "post-1"}};
    return store::testkit::Await(db_->Write([&](store::Transaction& tx) -> Status {
      if (Status queued = Enqueue(tx, project, event, data, 1'700'000'000'123); !queued.ok()) {
        return queued;
      }
      rings_inside_ = rings_.load();
      return outcome;
    }));
  }

  std::atomic<int> rings_{0};
  int rings_inside_ = -1;
  DoorbellListener listener_{[this] { ++rings_; }};
};

TEST_F(EnqueueTest, QueuesOneDeliveryPerActiveSubscribedWebhookOfTheProject) {
  const std::string subscribed = AddWebhook("p1", {"post.published", "interaction.completed"});
  AddWebhook("p1", {"interaction.dismissed"});
  AddWebhook("p1", {"post.published"}, "http://127.0.0.1:9/paused", false);
  AddWebhook("p2", {"post.published"});

  ASSERT_TRUE(EnqueueIn("p1", kPostPublished).ok());
  store::Rows rows = Query(
      "SELECT webhook_id, project_id, event, data, status, attempts, next_attempt_at, created_at, "
      "id FROM webhook_deliveries");
  ASSERT_EQ(rows.size(), 1u);
  const auto& row = rows.rows[0];
  EXPECT_EQ(store::TextOf(row[0]), subscribed);
  EXPECT_EQ(store::TextOf(row[1]), "p1");
  EXPECT_EQ(store::TextOf(row[2]), "post.published");
  EXPECT_EQ(store::TextOf(row[3]), R"({"postId":"post-1"})");
  EXPECT_EQ(store::TextOf(row[4]), "pending");
  EXPECT_EQ(store::IntOf(row[5]), 0);
  EXPECT_EQ(store::IntOf(row[6]), 1'700'000'000'123);
  EXPECT_EQ(store::IntOf(row[7]), 1'700'000'000'123);
  EXPECT_TRUE(store::TextOf(row[8]).ends_with(subscribed));
}

TEST_F(EnqueueTest, MatchesWholeEventNamesOnly) {
  AddWebhook("p1", {"interaction.completed"});
  ASSERT_TRUE(EnqueueIn("p1", "interaction").ok());
  ASSERT_TRUE(EnqueueIn("p1", "completed").ok());
  EXPECT_EQ(store::IntOf(Query("SELECT COUNT(*) FROM webhook_deliveries").rows[0][0]), 0);
  ASSERT_TRUE(EnqueueIn("p1", kInteractionCompleted).ok());
  EXPECT_EQ(store::IntOf(Query("SELECT COUNT(*) FROM webhook_deliveries").rows[0][0]), 1);
}

TEST_F(EnqueueTest, SubscribedEventsAreThoseOfTheProjectsActiveWebhooksEachOnce) {
  AddWebhook("p1", {"post.published", "interaction.completed"});
  AddWebhook("p1", {"interaction.completed"});
  AddWebhook("p1", {"interaction.dismissed"}, "http://127.0.0.1:9/paused", false);
  AddWebhook("p2", {"interaction.dismissed"});

  std::vector<std::string> subscribed;
  ASSERT_TRUE(store::testkit::Await(db_->Write([&](store::Transaction& tx) -> Status {
                auto events = SubscribedEvents(tx, "p1");
                if (events.ok()) subscribed = std::move(*events);
                return events.status();
              })).ok());
  EXPECT_EQ(subscribed, (std::vector<std::string>{"post.published", "interaction.completed"}));
}

TEST_F(EnqueueTest, AProjectWithoutWebhooksGetsNothingAndRingsNoOne) {
  AddWebhook("p2", {"post.published"});
  ASSERT_TRUE(EnqueueIn("p1", kPostPublished).ok());
  EXPECT_EQ(store::IntOf(Query("SELECT COUNT(*) FROM webhook_deliveries").rows[0][0]), 0);
  EXPECT_EQ(rings_, 0);
}

TEST_F(EnqueueTest, RingsTheDispatcherOnlyOnceTheChangeIsCommitted) {
  AddWebhook("p1", {"post.published"});
  ASSERT_TRUE(EnqueueIn("p1", kPostPublished).ok());
  EXPECT_EQ(rings_inside_, 0);
  EXPECT_EQ(rings_, 1);
}

TEST_F(EnqueueTest, AChangeUndoneTakesItsDeliveriesWithIt) {
  AddWebhook("p1", {"post.published"});
  EXPECT_FALSE(
      EnqueueIn("p1", kPostPublished, Status::Conflict("the caller changed its mind")).ok());
  EXPECT_EQ(store::IntOf(Query("SELECT COUNT(*) FROM webhook_deliveries").rows[0][0]), 0);
  EXPECT_EQ(rings_, 0);
}

TEST_F(EnqueueTest, APingGoesToItsWebhookWhateverItSubscribesTo) {
  const std::string webhook = AddWebhook("p1", {"interaction.dismissed"}, "http://x.test/", false);
  std::string delivery;
  Status status = store::testkit::Await(db_->Write([&](store::Transaction& tx) -> Status {
    auto queued = EnqueuePing(tx, "p1", webhook, 5);
    if (queued.ok()) delivery = *queued;
    return queued.status();
  }));
  ASSERT_TRUE(status.ok()) << status.message();
  store::Rows rows = Query("SELECT id, event, data FROM webhook_deliveries");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(store::TextOf(rows.rows[0][0]), delivery);
  EXPECT_EQ(store::TextOf(rows.rows[0][1]), "ping");
  EXPECT_EQ(store::TextOf(rows.rows[0][2]), R"({"webhookId":")" + webhook + R"("})");

  Status elsewhere = store::testkit::Await(db_->Write(
      [&](store::Transaction& tx) { return EnqueuePing(tx, "p2", webhook, 5).status(); }));
  EXPECT_EQ(elsewhere.code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace waymark::webhooks
