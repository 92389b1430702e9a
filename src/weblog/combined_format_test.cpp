#include "weblog/combined_format.hpp"

#include <gtest/gtest.h>

namespace waymark::weblog {
namespace {

using std::chrono::sys_days;
using namespace std::chrono_literals;

// 10 Oct 2000 13:55:36 UTC, the moment of the Apache documentation's example line.
const auto kExampleTime =
    sys_days{std::chrono::year{2000} / std::chrono::October / 10} + 13h + 55min + 36s;

std::string Format(const AccessRecord& record) {
  std::string line;
  AppendCombined(line, record);
  return line;
}

AccessRecord Example() {
  return {.remote_addr = "127.0.0.1",
          .time = kExampleTime,
          .method = "GET",
          .target = "/apache_pb.gif",
          .version = 10,
          .status = 200,
          .body_bytes = 2326,
          .referer = "http://www.example.com/start.html",
          .user_agent = "Mozilla/4.08 [en] (Win98; I ;Nav)"};
}

TEST(CombinedFormat, WritesTheClassicExampleLineAsNginxWould) {
  EXPECT_EQ(Format(Example()),
            "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
            "\"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"\n");
}

TEST(CombinedFormat, RemoteUserIsAlwaysADash) {
  EXPECT_EQ(Format(Example()).substr(0, 16), "127.0.0.1 - - [1");
}

// Lines nginx 1.22.1 wrote (log_format combined) for requests sent to it raw, and the same
// requests given to us.
TEST(CombinedFormat, MatchesLinesRealNginxWrote) {
  const auto when =
      sys_days{std::chrono::year{2026} / std::chrono::November / 24} + 20h + 50min + 20s;
  AccessRecord hostile{.remote_addr = "127.0.0.1",
                       .time = when,
                       .method = "GET",
                       .target = "/a?q=\"x\"&b=\\y",
                       .version = 11,
                       .status = 200,
                       .body_bytes = 5,
                       .referer = "http://r/\"q\"\\z\x01\tend\x7f\xc3\xa9",
                       .user_agent = "UA \"quoted\" \\ back \x1b[31m"};
  EXPECT_EQ(Format(hostile),
            "127.0.0.1 - - [24/Nov/2026:20:50:20 +0000] "
            "\"GET /a?q=\\x22x\\x22&b=\\x5Cy HTTP/1.1\" 200 5 "
            "\"http://r/\\x22q\\x22\\x5Cz\\x01\\x09end\\x7F\\xC3\\xA9\" "
            "\"UA \\x22quoted\\x22 \\x5C back \\x1B[31m\"\n");

  const AccessRecord plain{.remote_addr = "127.0.0.1",
                           .time = when,
                           .method = "GET",
                           .target = "/",
                           .status = 200,
                           .body_bytes = 5};
  EXPECT_EQ(Format(plain),
            "127.0.0.1 - - [24/Nov/2026:20:50:20 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"-\"\n");
}

TEST(CombinedFormat, EscapesQuotesBackslashesAndControlBytesAsUppercaseHex) {
  AccessRecord record = Example();
  record.referer = "http://x/\"quoted\"\\path";
  record.user_agent = std::string_view("tab\there\nnew\x1b[31m\x7f\xc3\xa9 end");
  EXPECT_EQ(Format(record),
            "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
            "\"http://x/\\x22quoted\\x22\\x5Cpath\" "
            "\"tab\\x09here\\x0Anew\\x1B[31m\\x7F\\xC3\\xA9 end\"\n");
}

// Every byte value at every offset of a word, against the rule written out plainly: the
// scanner skips clean text eight bytes at a time and must not skip a byte it should not.
TEST(AppendEscaped, EscapesExactlyTheBytesNginxEscapesWhereverTheySit) {
  for (int byte = 0; byte < 256; ++byte) {
    const bool escaped = byte < 0x20 || byte > 0x7E || byte == '"' || byte == '\\';
    for (std::size_t at = 0; at < 19; ++at) {
      std::string value(19, 'a');
      value[at] = static_cast<char>(byte);
      std::string expected(19, 'a');
      if (escaped) {
        constexpr char kHex[] = "0123456789ABCDEF";
        expected.replace(at, 1, {'\\', 'x', kHex[byte >> 4], kHex[byte & 0xF]});
      } else {
        expected[at] = static_cast<char>(byte);
      }
      std::string out;
      AppendEscaped(out, value);
      ASSERT_EQ(out, expected) << "byte " << byte << " at " << at;
    }
  }
}

TEST(CombinedFormat, EscapesTheRequestLineToo) {
  AccessRecord record = Example();
  record.target = "/a\"b c\x01";
  EXPECT_NE(Format(record).find("\"GET /a\\x22b c\\x01 HTTP/1.0\""), std::string::npos);
}

TEST(CombinedFormat, EmptyFieldsAreDashes) {
  AccessRecord record = Example();
  record.remote_addr = "";
  record.referer = "";
  record.user_agent = "";
  record.method = "";
  record.target = "";
  record.status = 400;
  record.body_bytes = 0;
  EXPECT_EQ(Format(record), "- - - [10/Oct/2000:13:55:36 +0000] \"-\" 400 0 \"-\" \"-\"\n");
}

TEST(CombinedFormat, HeadAnswered304HasZeroBytes) {
  AccessRecord record = Example();
  record.method = "HEAD";
  record.target = "/feed.xml?page=2";
  record.version = 11;
  record.status = 304;
  record.body_bytes = 0;
  record.referer = "";
  EXPECT_EQ(Format(record),
            "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"HEAD /feed.xml?page=2 HTTP/1.1\" 304 0 "
            "\"-\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"\n");
}

TEST(CombinedFormat, StatusIsThreeDigitsAndBytesAreFullWidth) {
  AccessRecord record = Example();
  record.status = 0;  // the client went away before an answer
  record.body_bytes = 18446744073709551615u;
  EXPECT_NE(Format(record).find("\" 000 18446744073709551615 \""), std::string::npos);
}

TEST(CombinedFormat, AppendsAfterWhatTheBufferHoldsAndFollowsTheClock) {
  std::string out = "previous\n";
  AccessRecord record = Example();
  AppendCombined(out, record);
  record.time =
      sys_days{std::chrono::year{2026} / std::chrono::November / 24} + 23h + 59min + 59s + 999ms;
  AppendCombined(out, record);
  record.time += 1ms;  // a new second, a new day, the cache must notice
  AppendCombined(out, record);
  record.time = sys_days{std::chrono::year{2024} / std::chrono::February / 29} + 1h + 2min + 3s;
  AppendCombined(out, record);
  EXPECT_EQ(out.substr(0, 9), "previous\n");
  EXPECT_NE(out.find("[10/Oct/2000:13:55:36 +0000]"), std::string::npos);
  EXPECT_NE(out.find("[24/Nov/2026:23:59:59 +0000]"), std::string::npos);
  EXPECT_NE(out.find("[25/Nov/2026:00:00:00 +0000]"), std::string::npos);
  EXPECT_NE(out.find("[29/Feb/2024:01:02:03 +0000]"), std::string::npos);
}

TEST(CombinedFormat, AllocatesNothingOnceTheBufferIsWarm) {
  std::string out;
  AppendCombined(out, Example());
  out.reserve(out.size() * 4);
  out.clear();
  const char* data = out.data();
  for (int i = 0; i < 3; ++i) AppendCombined(out, Example());
  EXPECT_EQ(out.data(), data);
}

TEST(CombinedFormat, HttpTwoIsLoggedAsNginxDoes) {
  AccessRecord record = Example();
  record.version = 20;
  EXPECT_NE(Format(record).find(" HTTP/2.0\" "), std::string::npos);
}

}  // namespace
}  // namespace waymark::weblog
