#include "mail/message.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/crypto.hpp"

namespace waymark::mail {
namespace {

using ::testing::HasSubstr;

constexpr std::int64_t kNov24 = 1795534212;  // Tue, 24 Nov 2026 15:30:12 UTC
constexpr std::string_view kFrom = "reports@waymark.example";
constexpr std::string_view kId = "abc123@waymark.example";

MailMessage Hello() {
  return {.to = "ada@example.com", .subject = "Weekly report", .text = "Hello,\nall is well.\n"};
}

std::string Render(const MailMessage& message) {
  Result<std::string> text = RenderMessage(kFrom, message, kNov24, kId);
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? *text : "";
}

std::string Refusal(std::string_view from, const MailMessage& message) {
  Result<std::string> text = RenderMessage(from, message, kNov24, kId);
  EXPECT_FALSE(text.ok()) << "accepted:\n" << (text.ok() ? *text : "");
  EXPECT_EQ(text.status().code(), Status::Code::kInvalid);
  return text.status().message();
}

std::vector<std::string> SplitCrlf(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t end; (end = text.find("\r\n")) != std::string_view::npos;) {
    lines.emplace_back(text.substr(0, end));
    text.remove_prefix(end + 2);
  }
  EXPECT_EQ(text, "") << "text after the last CRLF";
  return lines;
}

std::string FromBase64(std::string_view text) {
  std::optional<std::string> bytes = crypto::FromBase64(text);
  EXPECT_TRUE(bytes.has_value()) << text;
  return bytes.value_or("");
}

TEST(RenderMessage, WritesTheHeadersThenABlankLineThenTheBody) {
  EXPECT_EQ(Render(Hello()),
            "Date: Tue, 24 Nov 2026 15:30:12 +0000\r\n"
            "From: reports@waymark.example\r\n"
            "To: ada@example.com\r\n"
            "Subject: Weekly report\r\n"
            "Message-ID: <abc123@waymark.example>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n"
            "\r\n"
            "Hello,\r\n"
            "all is well.\r\n");
}

TEST(RenderMessage, DatesInUtcWithTwoDigitDays) {
  Result<std::string> text = RenderMessage(kFrom, Hello(), 0, kId);
  ASSERT_TRUE(text.ok());
  EXPECT_THAT(*text, HasSubstr("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"));
}

TEST(RenderMessage, EndsEveryBodyLineInCrlfWhateverItCameWith) {
  MailMessage message = Hello();
  message.text = "lf\ncrlf\r\ncr\rlast line without a break";
  const std::string text = Render(message);
  EXPECT_THAT(text, HasSubstr("\r\n\r\nlf\r\ncrlf\r\ncr\r\nlast line without a break\r\n"));
  SplitCrlf(text);  // fails on any line break that is not CRLF
  EXPECT_EQ(text.find("\r\r"), std::string::npos);
  EXPECT_EQ(text.find("\n\n"), std::string::npos);
}

TEST(RenderMessage, KeepsUtf8BodyAndBlankLinesAsTheyAre) {
  MailMessage message = Hello();
  message.text = "Grüße\n\n\n.\nEnde";
  EXPECT_THAT(Render(message), HasSubstr("\r\n\r\nGrüße\r\n\r\n\r\n.\r\nEnde\r\n"));
}

TEST(RenderMessage, EncodesANonAsciiSubject) {
  MailMessage message = Hello();
  message.subject = "Grüße aus Köln";
  EXPECT_THAT(Render(message), HasSubstr("\r\nSubject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\r\n"));
}

TEST(RenderMessage, FoldsALongEncodedSubjectBetweenWholeCharacters) {
  MailMessage message = Hello();
  for (int i = 0; i < 40; ++i) message.subject += "ü€";  // 2 + 3 bytes each
  const std::string text = Render(message);

  std::string decoded;
  bool in_subject = false;
  for (const std::string& line : SplitCrlf(text)) {
    if (line.starts_with("Subject: "))
      in_subject = true;
    else if (!line.starts_with(" "))
      in_subject = false;
    if (!in_subject) continue;
    EXPECT_LE(line.size(), 78u) << line;
    const std::size_t open = line.find("=?UTF-8?B?"), close = line.rfind("?=");
    ASSERT_NE(open, std::string::npos) << line;
    const std::string word = FromBase64(line.substr(open + 10, close - open - 10));
    EXPECT_NE(static_cast<unsigned char>(word.front()) & 0xC0, 0x80)
        << "a word starts mid-character";
    decoded += word;
  }
  EXPECT_EQ(decoded, message.subject);
}

TEST(RenderMessage, LeavesAnAsciiSubjectReadable) {
  MailMessage message = Hello();
  message.subject = std::string(200, 'x');
  EXPECT_THAT(Render(message), HasSubstr("\r\nSubject: " + message.subject + "\r\n"));
}

TEST(RenderMessage, RefusesHeaderInjection) {
  MailMessage message = Hello();
  message.subject = "Hi\r\nBcc: victim@example.com";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("subject"));

  message = Hello();
  message.to = "ada@example.com\r\nBcc: victim@example.com";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to"));

  EXPECT_THAT(Refusal("reports@waymark.example\nBcc: x@y.z", Hello()), HasSubstr("from"));

  message = Hello();
  message.subject = "tab\there";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("subject"));
  message.subject = std::string("nul\0here", 8);
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("subject"));
  message.subject = "del\x7Fhere";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("subject"));
}

TEST(RenderMessage, RefusesAnAddressWithoutExactlyOneAt) {
  MailMessage message = Hello();
  for (std::string to : {"ada.example.com", "ada@@example.com", "a@b@example.com"}) {
    message.to = to;
    EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to must contain exactly one '@'")) << to;
  }
  EXPECT_THAT(Refusal("reports", Hello()), HasSubstr("from must contain exactly one '@'"));
  message.to = "@example.com";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to needs text on both sides"));
  message.to = "ada@";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to needs text on both sides"));
}

TEST(RenderMessage, RefusesAnAddressThatIsNotBare) {
  MailMessage message = Hello();
  for (std::string to : {"Ada <ada@example.com>", "ada@example.com, eve@example.com",
                         "ada @example.com", "\"ada\"@example.com", "ädä@example.com"}) {
    message.to = to;
    EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to must be a bare ASCII address")) << to;
  }
}

TEST(RenderMessage, RefusesAnAddressOver254Bytes) {
  const std::string domain = "@example.com";
  MailMessage message = Hello();
  message.to = std::string(254 - domain.size(), 'a') + domain;
  EXPECT_TRUE(RenderMessage(kFrom, message, kNov24, kId).ok());
  message.to = std::string(255 - domain.size(), 'a') + domain;
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("to is longer than 254 bytes"));
}

TEST(RenderMessage, RefusesABodyThatSmtpCannotCarry) {
  MailMessage message = Hello();
  message.text = std::string(998, 'x') + "\n" + std::string(998, 'y');
  EXPECT_TRUE(RenderMessage(kFrom, message, kNov24, kId).ok());
  message.text = "short\n" + std::string(999, 'x') + "\nshort";
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("text has a line longer than 998 bytes"));
  message.text = std::string(999, 'x');
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("text has a line longer than 998 bytes"));
  message.text = std::string("a\0b", 3);
  EXPECT_THAT(Refusal(kFrom, message), HasSubstr("text contains a NUL"));
}

TEST(RenderMessage, RefusesAMessageIdThatCouldBreakItsHeader) {
  EXPECT_THAT(RenderMessage(kFrom, Hello(), kNov24, "x>\r\nBcc: a@b").status().message(),
              HasSubstr("message_id"));
  EXPECT_THAT(RenderMessage(kFrom, Hello(), kNov24, "no-at-sign").status().message(),
              HasSubstr("message_id"));
}

}  // namespace
}  // namespace waymark::mail
