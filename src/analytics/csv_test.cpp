#include "analytics/csv.hpp"

#include <gtest/gtest.h>

namespace waymark::analytics {
namespace {

using store::Value;

TEST(Csv, ALineNamesTheUserByKindAndTimesToTheMillisecond) {
  const std::vector<Value> row{std::string("0190a1b2-c3d4-7e5f-8a6b-000000000001"),
                               std::string("track"),
                               std::string("exported, twice"),
                               std::string("u:user-7"),
                               nullptr,
                               nullptr,
                               std::int64_t{1795000000250},
                               std::int64_t{1795000001007},
                               std::string(R"({"rows":3})")};
  EXPECT_EQ(CsvLine(row),
            "0190a1b2-c3d4-7e5f-8a6b-000000000001,track,\"exported, twice\",user-7,,,,"
            "2026-11-18T11:06:40.250Z,2026-11-18T11:06:41.007Z,\"{\"\"rows\"\":3}\"\r\n");
}

TEST(Csv, CellsASpreadsheetWouldRunAreQuoted) {
  const std::vector<Value> row{
      std::string("id"), std::string("view"), nullptr, std::string("a:=1+1"), nullptr, nullptr,
      std::int64_t{0},   std::int64_t{0},     nullptr};
  EXPECT_NE(CsvLine(row).find(",,'=1+1,"), std::string::npos) << CsvLine(row);
}

}  // namespace
}  // namespace waymark::analytics
