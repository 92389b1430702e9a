#include "webhooks/payload.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <map>

#include "webhooks/signature.hpp"

namespace waymark::webhooks {
namespace {

Delivery Published() {
  Delivery delivery;
  delivery.id = "evt1wh1";
  delivery.webhook_id = "wh1";
  delivery.project_id = "p1";
  delivery.event = "post.published";
  delivery.data = R"({"postId":"post-1","title":"Dark mode"})";
  delivery.created_at = 1'764'000'000'999;  // 2025-11-24T16:00:00.999Z
  return delivery;
}

TEST(DeliveryBody, IsTheEnvelopeAroundTheEventsData) {
  EXPECT_EQ(boost::json::parse(DeliveryBody(Published())),
            boost::json::parse(R"({"id":"evt1wh1","type":"post.published",
                                   "createdAt":"2025-11-24T16:00:00Z","projectId":"p1",
                                   "data":{"postId":"post-1","title":"Dark mode"}})"));
  EXPECT_EQ(DeliveryBody(Published()), DeliveryBody(Published()));  // the same at each attempt
}

TEST(DeliveryHeaders, SignTheBodyAndNameTheWebhookAndTheDelivery) {
  const std::string body = DeliveryBody(Published());
  Headers list = DeliveryHeaders(Published(), "wm_whsec_x", 1'764'000'100, body);
  std::map<std::string, std::string> headers(list.begin(), list.end());
  EXPECT_EQ(headers.size(), list.size());
  EXPECT_EQ(headers["Content-Type"], "application/json");
  EXPECT_TRUE(headers["User-Agent"].starts_with("Waymark-Webhooks"));
  EXPECT_EQ(headers["Waymark-Signature"], SignatureHeader("wm_whsec_x", 1'764'000'100, body));
  EXPECT_EQ(headers["Waymark-Webhook-Id"], "wh1");
  EXPECT_EQ(headers["Waymark-Delivery-Id"], "evt1wh1");
  EXPECT_EQ(headers["Waymark-Event"], "post.published");
}

TEST(KeptResponse, KeepsTheStartAsValidUtf8) {
  EXPECT_EQ(KeptResponse("ok"), "ok");
  EXPECT_EQ(KeptResponse("caf\xC3\xA9 \xFF!"), "caf\xC3\xA9 \xEF\xBF\xBD!");
  const std::string long_answer(10'000, 'x');
  EXPECT_EQ(KeptResponse(long_answer), std::string(kKeptResponseBytes, 'x'));
  // A character that would pass the limit is left out whole.
  const std::string accents = std::string(kKeptResponseBytes - 1, 'x') + "\xC3\xA9";
  EXPECT_EQ(KeptResponse(accents), std::string(kKeptResponseBytes - 1, 'x'));
}

}  // namespace
}  // namespace waymark::webhooks
