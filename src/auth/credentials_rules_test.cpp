#include "auth/credentials_rules.hpp"

#include <gtest/gtest.h>

namespace waymark::auth {
namespace {

TEST(NormalizeEmail, LowercasesAndTrims) {
  EXPECT_EQ(NormalizeEmail(" Ada.Lovelace+tag@Example.COM "), "ada.lovelace+tag@example.com");
}

TEST(NormalizeEmail, RefusesWhatIsNotOneAddress) {
  for (std::string_view bad :
       {"", "plain", "@example.com", "a@", "a@b@example.com", "a b@example.com", "a@example",
        "a@-example.com", "a@example..com", "<a@example.com>", "\"a\"@example.com",
        ".a@example.com", "a@exämple.com", "ädä@example.com"}) {
    EXPECT_EQ(NormalizeEmail(bad), std::nullopt) << bad;
  }
}

TEST(NormalizeEmail, RefusesOverLongAddresses) {
  std::string local(64, 'a');
  EXPECT_TRUE(NormalizeEmail(local + "@example.com"));
  EXPECT_FALSE(NormalizeEmail(local + "a@example.com"));
  std::string domain;
  while (domain.size() < 250) domain += "abcdefghi.";
  EXPECT_FALSE(NormalizeEmail("a@" + domain + "com"));
}

TEST(PasswordProblem, LengthBounds) {
  EXPECT_TRUE(PasswordProblem("short"));
  EXPECT_FALSE(PasswordProblem("eight ch"));
  EXPECT_FALSE(PasswordProblem(std::string(128, 'x')));
  EXPECT_TRUE(PasswordProblem(std::string(129, 'x')));
}

TEST(PasswordProblem, CountsCharactersNotBytes) {
  EXPECT_TRUE(PasswordProblem("ééé"));  // 6 bytes, 3 characters
  EXPECT_FALSE(PasswordProblem("日本語のパスワード"));
}

}  // namespace
}  // namespace waymark::auth
