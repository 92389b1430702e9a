#include "access/credentials.hpp"

#include <gtest/gtest.h>

namespace waymark::access {
namespace {

TEST(Credentials, SessionCookie) {
  auto c = ReadCredential("", "a=1; _JIMO_TOKEN=tok", "_JIMO_TOKEN");
  EXPECT_EQ(c.kind, CredentialKind::kSession);
  EXPECT_EQ(c.token, "tok");
  EXPECT_FALSE(c.malformed);
}

TEST(Credentials, NoneWithoutCookieOrHeader) {
  EXPECT_EQ(ReadCredential("", "a=1", "_JIMO_TOKEN").kind, CredentialKind::kNone);
  EXPECT_EQ(ReadCredential("", "_JIMO_TOKEN=", "_JIMO_TOKEN").kind, CredentialKind::kNone);
}

TEST(Credentials, TheWidgetsEndUserTokenIsNoMakerSession) {
  // The SDK on one of this server's own pages keeps its token under the same name.
  EXPECT_EQ(ReadCredential("", "_JIMO_TOKEN=wm_es_abc", "_JIMO_TOKEN").kind, CredentialKind::kNone);
}

TEST(Credentials, BearerTokensByPrefixWinOverTheCookie) {
  auto key = ReadCredential("Bearer wm_sk_abc", "_JIMO_TOKEN=tok", "_JIMO_TOKEN");
  EXPECT_EQ(key.kind, CredentialKind::kSecretKey);
  EXPECT_EQ(key.token, "wm_sk_abc");
  auto extension = ReadCredential("bearer  wm_ext_abc ", "", "_JIMO_TOKEN");
  EXPECT_EQ(extension.kind, CredentialKind::kExtensionToken);
  EXPECT_EQ(extension.token, "wm_ext_abc");
}

TEST(Credentials, OtherAuthorizationIsMalformed) {
  EXPECT_TRUE(ReadCredential("Basic dXNlcjpwYXNz", "_JIMO_TOKEN=t", "_JIMO_TOKEN").malformed);
  EXPECT_TRUE(ReadCredential("Bearer wm_pk_public", "", "_JIMO_TOKEN").malformed);
  EXPECT_TRUE(ReadCredential("Bearer", "", "_JIMO_TOKEN").malformed);
}

}  // namespace
}  // namespace waymark::access
