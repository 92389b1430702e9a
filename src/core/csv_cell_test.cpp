#include "core/csv_cell.hpp"

#include <gtest/gtest.h>

namespace waymark {
namespace {

std::string Cell(std::string_view text) {
  std::string line;
  AppendCsvCell(line, text);
  return line;
}

TEST(CsvCell, PlainTextIsWrittenAsIs) {
  EXPECT_EQ(Cell("Mozilla/5.0"), "Mozilla/5.0");
  EXPECT_EQ(Cell(""), "");
}

TEST(CsvCell, CommasQuotesAndLineBreaksAreQuoted) {
  EXPECT_EQ(Cell("a,b"), "\"a,b\"");
  EXPECT_EQ(Cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(Cell("two\nlines"), "\"two\nlines\"");
}

TEST(CsvCell, FormulasAreDisarmed) {
  EXPECT_EQ(Cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  EXPECT_EQ(Cell("+1"), "'+1");
  EXPECT_EQ(Cell("@cmd,x"), "\"'@cmd,x\"");
}

}  // namespace
}  // namespace waymark
