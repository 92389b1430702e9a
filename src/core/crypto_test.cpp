#include "core/crypto.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <set>

namespace waymark::crypto {
namespace {

class Crypto : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Init().ok()); }
};

TEST_F(Crypto, TokensAreUrlSafeAndNeverRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string token = RandomToken();
    EXPECT_EQ(token.size(), 43u) << "256 bits in unpadded base64";
    EXPECT_EQ(
        token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos)
        << token;
    EXPECT_TRUE(seen.insert(token).second) << "repeated token " << token;
  }
  EXPECT_EQ(RandomToken(16).size(), 22u);
}

TEST_F(Crypto, DigestIsStableHexAndDiffersPerInput) {
  std::string digest = DigestHex("token-a");
  EXPECT_EQ(digest.size(), 64u);
  EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(digest, DigestHex("token-a"));
  EXPECT_NE(digest, DigestHex("token-b"));
  EXPECT_EQ(digest.find("token-a"), std::string::npos);
}

TEST_F(Crypto, PasswordHashVerifiesOnlyTheRightPassword) {
  Result<std::string> hash = HashPassword("correct horse battery staple");
  ASSERT_TRUE(hash.ok()) << hash.status().message();
  EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery staple"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse battery stapl"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
  EXPECT_FALSE(VerifyPassword("not a hash", "correct horse battery staple"));
}

TEST_F(Crypto, SamePasswordHashesDifferentlyEachTime) {
  Result<std::string> first = HashPassword("same");
  Result<std::string> second = HashPassword("same");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(*first, *second) << "each hash has its own salt";
  EXPECT_TRUE(VerifyPassword(*second, "same"));
}

TEST_F(Crypto, ConstantTimeEqualsComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
}

TEST_F(Crypto, HmacSha256MatchesRfc4231) {
  // RFC 4231, test case 2.
  EXPECT_EQ(HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_F(Crypto, Base64IsRfc4648WithPaddingBothWays) {
  EXPECT_EQ(Base64("wm_pk_acme:"), "d21fcGtfYWNtZTo=");
  EXPECT_EQ(FromBase64("d21fcGtfYWNtZTo="), std::optional<std::string>("wm_pk_acme:"));
  EXPECT_EQ(FromBase64(""), std::optional<std::string>(""));
  EXPECT_EQ(FromBase64("not base64!"), std::nullopt);
}

}  // namespace
}  // namespace waymark::crypto
