#include "webhooks/signature.hpp"

#include <gtest/gtest.h>

namespace waymark::webhooks {
namespace {

// The expected values were computed apart, with Python's hmac module, as a receiver would.
TEST(WebhookSignature, IsTheHmacOfTheTimeADotAndTheBody) {
  EXPECT_EQ(SignatureHeader("wm_whsec_test", 1700000000, R"({"type":"ping"})"),
            "t=1700000000,v1=6451a901a5a0807646a9bcb5c1a5b7d672c6047c60aff873c4471c3f0e098607");
}

// The hex HMAC of a header "t=...,v1=<hex>".
std::string V1(const std::string& header) {
  return header.substr(header.find(",v1=") + 4);
}

TEST(WebhookSignature, ChangesWithTheTimeTheBodyAndTheSecret) {
  const std::string v1 = V1(SignatureHeader("secret", 1700000000, "{}"));
  EXPECT_EQ(v1.size(), 64u);
  EXPECT_NE(v1, V1(SignatureHeader("secret", 1700000001, "{}")));
  EXPECT_NE(v1, V1(SignatureHeader("secret", 1700000000, "{} ")));
  EXPECT_NE(v1, V1(SignatureHeader("other", 1700000000, "{}")));
}

TEST(WebhookSecret, IsDerivedFromTheServerKeyTheWebhookAndTheGeneration) {
  EXPECT_EQ(SigningSecret("server key", "wh-1", 1),
            "wm_whsec_9cfc08ce3b940641a3c64680de95bb9356b5dc9395aec68e6a6fe28b2cfb273c");
  const std::string secret = SigningSecret("key", "wh-1", 1);
  EXPECT_EQ(secret, SigningSecret("key", "wh-1", 1));
  EXPECT_NE(secret, SigningSecret("other key", "wh-1", 1));
  EXPECT_NE(secret, SigningSecret("key", "wh-2", 1));
  EXPECT_NE(secret, SigningSecret("key", "wh-1", 2));
}

}  // namespace
}  // namespace waymark::webhooks
