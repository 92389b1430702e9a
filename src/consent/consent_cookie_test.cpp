#include "consent/consent_cookie.hpp"

#include <gtest/gtest.h>

#include "core/crypto.hpp"

namespace waymark::consent {
namespace {

class ConsentCookie : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::Init().ok()); }
  const std::string key_ = CookieKey("server key");
};

TEST_F(ConsentCookie, ASealedIdReadsBack) {
  const std::string id = NewConsentId();
  EXPECT_EQ(id.size(), 22u);
  const std::string value = SealConsentId(id, key_);
  PresentedConsent read = ReadConsentCookie(value, key_);
  EXPECT_EQ(read.consent_id, id);
  EXPECT_EQ(read.problem, "");
}

TEST_F(ConsentCookie, NoCookieIsNoVisitorAndNoProblem) {
  PresentedConsent read = ReadConsentCookie(std::nullopt, key_);
  EXPECT_FALSE(read.consent_id);
  EXPECT_EQ(read.problem, "");
}

TEST_F(ConsentCookie, AnotherServersOrAnEditedCookieIsForged) {
  const std::string id = NewConsentId();
  EXPECT_NE(ReadConsentCookie(SealConsentId(id, CookieKey("other key")), key_).problem, "");
  std::string edited = SealConsentId(id, key_);
  edited[0] = edited[0] == 'A' ? 'B' : 'A';  // someone else's id, same signature
  PresentedConsent read = ReadConsentCookie(edited, key_);
  EXPECT_FALSE(read.consent_id);
  EXPECT_NE(read.problem.find("not issued"), std::string::npos);
}

TEST_F(ConsentCookie, OversizedAndMalformedCookiesAreRefused) {
  EXPECT_NE(ReadConsentCookie(std::string(5000, 'a'), key_).problem.find("too long"),
            std::string::npos);
  for (std::string_view bad : {"", "abc", "no-dot-here-at-all-in-this-value-of-fifty-five-chars-xx",
                               "aaaaaaaaaaaaaaaaaaaaa!.0123456789abcdef0123456789abcdef"}) {
    PresentedConsent read = ReadConsentCookie(bad, key_);
    EXPECT_FALSE(read.consent_id) << bad;
    EXPECT_NE(read.problem, "") << bad;
  }
}

}  // namespace
}  // namespace waymark::consent
