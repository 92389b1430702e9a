#include "traffic/progress_bar.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace waymark::traffic {
namespace {

std::string Written(std::FILE* file) {
  std::rewind(file);
  std::string text;
  for (int c; (c = std::fgetc(file)) != EOF;) text += static_cast<char>(c);
  return text;
}

TEST(ProgressBar, DrawsTheShareDoneAndErasesItselfWhenFinished) {
  std::FILE* terminal = std::tmpfile();
  ASSERT_NE(terminal, nullptr);
  ProgressBar bar(terminal, 200 << 20);
  bar.Update(100 << 20, 500'000);
  bar.Update(150 << 20, 750'000);  // within a tenth of a second: not drawn again
  std::string drawn = Written(terminal);
  EXPECT_NE(drawn.find("[###############...............]  50%"), std::string::npos) << drawn;
  EXPECT_NE(drawn.find("100.0 MiB of 200.0 MiB"), std::string::npos) << drawn;
  EXPECT_EQ(drawn.find("75%"), std::string::npos) << drawn;
  bar.Finish();
  drawn = Written(terminal);
  EXPECT_EQ(drawn.substr(drawn.size() - 4), "\r\033[K");  // the line is left clean
  std::fclose(terminal);
}

TEST(ProgressBar, LeavesNothingWhenItNeverDrew) {
  std::FILE* terminal = std::tmpfile();
  ASSERT_NE(terminal, nullptr);
  ProgressBar(terminal, 100).Finish();
  EXPECT_EQ(Written(terminal), "");
  std::fclose(terminal);
}

}  // namespace
}  // namespace waymark::traffic
