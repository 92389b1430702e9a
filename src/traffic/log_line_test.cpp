#include "traffic/log_line.hpp"

#include <gtest/gtest.h>

#include "traffic/test_lines.hpp"

namespace waymark::traffic {
namespace {

using std::chrono::November;
using test::Line;

TEST(ParseLine, SplitsACombinedLine) {
  const ParsedLine parsed = ParseLine(
      R"(2001:db8::1 - - [05/Nov/2026:23:59:58 +0000] "GET /changelog/acme?utm=x HTTP/1.1" 304 0 "https://t.co/abc" "curl/8.4.0")");
  ASSERT_TRUE(parsed.line);
  const LogLine& line = *parsed.line;
  EXPECT_EQ(line.address, "2001:db8::1");
  EXPECT_EQ(line.day, std::chrono::sys_days{std::chrono::year{2026} / November / 5});
  EXPECT_EQ(line.hour, 23u);
  EXPECT_EQ(line.method, "GET");
  EXPECT_EQ(line.target, "/changelog/acme?utm=x");
  EXPECT_EQ(line.status, 304u);
  EXPECT_EQ(line.bytes, 0u);
  EXPECT_EQ(line.referrer, "https://t.co/abc");
  EXPECT_EQ(line.user_agent, "curl/8.4.0");
}

TEST(ParseLine, ReadsWhatNginxWritesForOddRequests) {
  // No request line at all (a client that closed early), a dash for bytes, escapes kept.
  const ParsedLine empty =
      ParseLine(R"(10.0.0.1 - - [01/Nov/2026:00:00:00 +0000] "-" 400 - "-" "-")");
  ASSERT_TRUE(empty.line);
  EXPECT_EQ(empty.line->method, "-");
  EXPECT_EQ(empty.line->target, "-");
  EXPECT_EQ(empty.line->bytes, 0u);

  const ParsedLine escaped =
      ParseLine(Line({.request = R"(GET /a\x22b HTTP/1.1)", .agent = R"(x\x22y)"}));
  ASSERT_TRUE(escaped.line);
  EXPECT_EQ(escaped.line->target, R"(/a\x22b)");
  EXPECT_EQ(escaped.line->user_agent, R"(x\x22y)");

  // Apache escapes a quote as \" instead.
  const ParsedLine apache = ParseLine(Line({.agent = R"(say \"hi\")"}));
  ASSERT_TRUE(apache.line);
  EXPECT_EQ(apache.line->user_agent, R"(say \"hi\")");
}

TEST(ParseLine, IgnoresFieldsAfterTheUserAgentAndACarriageReturn) {
  const ParsedLine parsed = ParseLine(Line({}) + " \"198.51.100.1\"\r");
  ASSERT_TRUE(parsed.line);
  EXPECT_EQ(parsed.line->user_agent.substr(0, 7), "Mozilla");
}

TEST(ParseLine, NamesWhatIsWrong) {
  EXPECT_EQ(ParseLine("").problem, LineProblem::kNotCombined);
  EXPECT_EQ(ParseLine("1.2.3.4 hello world").problem, LineProblem::kNotCombined);
  EXPECT_EQ(ParseLine(Line({.time = "32/Nov/2026:10:00:00 +0000"})).problem, LineProblem::kBadTime);
  EXPECT_EQ(ParseLine(Line({.time = "01/Foo/2026:10:00:00 +0000"})).problem, LineProblem::kBadTime);
  EXPECT_EQ(ParseLine(Line({.time = "01/Nov/2026:24:00:00 +0000"})).problem, LineProblem::kBadTime);
  EXPECT_EQ(ParseLine(Line({.time = "2026-11-01T10:00:00Z"})).problem, LineProblem::kBadTime);
  EXPECT_EQ(ParseLine(Line({.status = 42})).problem, LineProblem::kBadStatus);
  EXPECT_EQ(ParseLine(Line({.status = 999})).problem, LineProblem::kBadStatus);
  EXPECT_EQ(ParseLine(Line({.bytes = "many"})).problem, LineProblem::kNotCombined);
  // The Common format (no referrer, no agent) is not Combined.
  EXPECT_EQ(ParseLine(R"(1.2.3.4 - - [01/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5)").problem,
            LineProblem::kNotCombined);
  // An unterminated quote.
  EXPECT_EQ(ParseLine(Line({}).substr(0, 80)).problem, LineProblem::kNotCombined);
  EXPECT_EQ(ParseLine(std::string("1.2.3.4 \0 x", 11)).problem, LineProblem::kBinary);
  EXPECT_EQ(ParseLine(Line({.address = "-"})).problem, LineProblem::kBadAddress);
  EXPECT_EQ(ParseLine(Line({.address = "crawler.example.com"})).problem, LineProblem::kBadAddress);
  EXPECT_EQ(ParseLine(Line({.address = "unix:"})).problem, LineProblem::kBadAddress);
  EXPECT_TRUE(ParseLine(Line({.address = "::ffff:192.0.2.1"})).line);
  EXPECT_TRUE(ParseLine(Line({.address = "fe80::1%eth0"})).line);
}

TEST(ParseLine, SurvivesEveryPrefixOfALine) {
  const std::string line = Line({.referrer = "https://example.com/"});
  for (std::size_t n = 0; n < line.size(); ++n) {
    EXPECT_FALSE(ParseLine(std::string_view(line).substr(0, n)).line) << n;
  }
  EXPECT_TRUE(ParseLine(line).line);
}

}  // namespace
}  // namespace waymark::traffic
