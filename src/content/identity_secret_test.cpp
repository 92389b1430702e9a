#include "content/identity_secret.hpp"

#include <gtest/gtest.h>

#include "core/crypto.hpp"

namespace waymark::content {
namespace {

TEST(IdentitySecret, DependsOnTheServerKeyTheProjectAndTheGeneration) {
  const std::string secret = IdentitySecret("key", "project-1", 1);
  EXPECT_TRUE(secret.starts_with("wm_is_"));
  EXPECT_EQ(secret, IdentitySecret("key", "project-1", 1));
  EXPECT_NE(secret, IdentitySecret("other key", "project-1", 1));
  EXPECT_NE(secret, IdentitySecret("key", "project-2", 1));
  EXPECT_NE(secret, IdentitySecret("key", "project-1", 2));
}

TEST(IdentitySecret, AcceptsOnlyTheHmacOfTheUserId) {
  const std::string secret = IdentitySecret("key", "project-1", 1);
  const std::string hash = crypto::HmacSha256Hex(secret, "user-42");
  EXPECT_TRUE(VerifyUserHash(secret, "user-42", hash));
  std::string upper = hash;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(VerifyUserHash(secret, "user-42", upper));
  EXPECT_FALSE(VerifyUserHash(secret, "user-43", hash));
  EXPECT_FALSE(VerifyUserHash(secret, "user-42", ""));
  EXPECT_FALSE(VerifyUserHash(secret, "user-42", hash.substr(0, 63)));
  EXPECT_FALSE(VerifyUserHash(IdentitySecret("key", "project-1", 2), "user-42", hash));
}

}  // namespace
}  // namespace waymark::content
