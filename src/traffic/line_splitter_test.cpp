#include "traffic/line_splitter.hpp"

#include <gtest/gtest.h>

#include "traffic/test_lines.hpp"

namespace waymark::traffic {
namespace {

using test::Line;

TEST(LineSplitter, JoinsLinesCutAcrossPieces) {
  Tally tally;
  LineSplitter lines(tally);
  const std::string text = Line({}) + "\n" + Line({}) + "\n";
  for (char c : text) lines.Feed(std::string_view(&c, 1));
  lines.Finish();
  EXPECT_EQ(tally.Lines().counted, 2u);
  EXPECT_EQ(tally.Lines().Read(), 2u);
}

TEST(LineSplitter, CountsALastLineWithoutNewlineOnlyWhenFinished) {
  Tally tally;
  LineSplitter lines(tally);
  const std::string first = Line({}) + "\n";
  lines.Feed(first + Line({}));
  EXPECT_EQ(tally.Lines().counted, 1u);
  EXPECT_EQ(lines.WholeLineBytes(), first.size());
  lines.Finish();
  EXPECT_EQ(tally.Lines().counted, 2u);
}

TEST(LineSplitter, SkipsAHundredKilobyteLineAndReadsOn) {
  Tally tally;
  LineSplitter lines(tally);
  const std::string huge = Line({.request = "GET /" + std::string(100 * 1024, 'a') + " HTTP/1.1"});
  lines.Feed(Line({}) + "\n" + huge.substr(0, 40'000));
  lines.Feed(huge.substr(40'000));
  EXPECT_EQ(lines.WholeLineBytes(), Line({}).size() + 1);  // not inside the long line
  lines.Feed("\n" + Line({}) + "\n");
  lines.Finish();
  EXPECT_EQ(tally.Lines().counted, 2u);
  EXPECT_EQ(tally.Lines().skipped[static_cast<int>(LineProblem::kTooLong)], 1u);
  EXPECT_EQ(tally.Lines().Read(), 3u);
}

TEST(LineSplitter, IgnoresEmptyLinesAndCountsGarbage) {
  Tally tally;
  LineSplitter lines(tally);
  lines.Feed("\n\n\x01\x02\xff\xfe garbage\n" + Line({}) + "\r\n");
  lines.Finish();
  EXPECT_EQ(tally.Lines().counted, 1u);
  EXPECT_EQ(tally.Lines().Skipped(), 1u);
}

}  // namespace
}  // namespace waymark::traffic
