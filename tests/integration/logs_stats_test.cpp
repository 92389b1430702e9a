// `waymark logs stats` as an operator runs it: on the server's own log directory, on
// damaged files, and with every output format.
#include <gtest/gtest.h>
#include <zlib.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

namespace fs = std::filesystem;

std::string LogLine(const std::string& day, const std::string& path, int status,
                    const std::string& address = "198.51.100.4") {
  return address + " - - [" + day + "/Nov/2026:12:00:00 +0000] \"GET " + path + " HTTP/1.1\" " +
         std::to_string(status) +
         " 100 \"https://ref.example/\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0\"\n";
}

class LogsStats : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("waymark-logs-stats-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "logs");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / "logs" / name, std::ios::binary) << bytes;
  }
  void WriteGzip(const std::string& name, const std::string& text, std::size_t keep = 0) {
    gzFile file = gzopen((dir_ / "logs" / name).c_str(), "wb");
    gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
    gzclose(file);
    if (keep > 0) fs::resize_file(dir_ / "logs" / name, keep);
  }
  boost::json::object Json(std::vector<std::string> args, CommandResult* result = nullptr) {
    args.insert(args.begin(), {"logs", "stats", "--format", "json", "--data-dir", dir_.string()});
    CommandResult run = RunWaymark(args);
    EXPECT_EQ(run.exit_status, 0) << run.output;
    if (result) *result = run;
    const std::size_t start = run.output.find('{');
    const std::size_t end = run.output.find("\nwaymark: ", start);  // stderr's summary follows
    return boost::json::parse(run.output.substr(start, end - start)).as_object();
  }

  fs::path dir_;
};

TEST_F(LogsStats, ReadsTheDataDirectorysLogAndItsRotatedFiles) {
  Write("access.log-20261101-000000", LogLine("01", "/a", 200) + LogLine("01", "/b", 404));
  WriteGzip("access.log-20261102-000000.gz", LogLine("02", "/a", 200) + LogLine("02", "/a", 500));
  Write("access.log", LogLine("03", "/c", 200));
  const boost::json::object json = Json({});
  EXPECT_EQ(json.at("requests").to_number<int>(), 5);
  EXPECT_EQ(json.at("visitors").to_number<int>(), 3);  // one a day; the 404 makes none
  EXPECT_EQ(json.at("status").at("404").to_number<int>(), 1);
  EXPECT_EQ(json.at("from").as_string(), "2026-11-01");
  EXPECT_EQ(json.at("to").as_string(), "2026-11-03");
}

TEST_F(LogsStats, CountsNamesAndSkipsDamageAndFinishes) {
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 131) % 256);
  const std::string long_line = LogLine("01", "/" + std::string(100 * 1024, 'x'), 200);
  std::string many;
  for (int i = 0; i < 3000; ++i) many += LogLine("02", "/p" + std::to_string(i), 200);
  Write("access.log-20261101-000000", LogLine("03", "/late", 200) + garbage + "\n" + long_line +
                                          LogLine("01", "/early", 200));  // dates out of order
  WriteGzip("access.log-20261102-000000.gz", many, 9000);                 // truncated
  CommandResult run;
  const boost::json::object json = Json({}, &run);
  EXPECT_GE(json.at("requests").to_number<int>(), 2 + 100);
  EXPECT_LT(json.at("requests").to_number<int>(), 2 + 3000);
  const boost::json::object& skipped = json.at("lines").at("skipped").as_object();
  EXPECT_EQ(skipped.at("longer than 64 KiB").to_number<int>(), 1);
  EXPECT_GE(skipped.at("total").to_number<int>(), 2);
  EXPECT_NE(run.output.find("ends early"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("skipped"), std::string::npos) << run.output;
  EXPECT_EQ(json.at("days").as_array().size(), 3u);
}

TEST_F(LogsStats, KeepsToTheDaysAskedFor) {
  Write("access.log",
        LogLine("01", "/a", 200) + LogLine("02", "/b", 200) + LogLine("03", "/c", 200));
  const boost::json::object json = Json({"--since", "2026-11-02", "--until", "2026-11-02"});
  EXPECT_EQ(json.at("requests").to_number<int>(), 1);
  EXPECT_EQ(json.at("lines").at("outsideRange").to_number<int>(), 2);

  const CommandResult bad =
      RunWaymark({"logs", "stats", "--since", "yesterday", "--data-dir", dir_.string()});
  EXPECT_EQ(bad.exit_status, 2);
  EXPECT_NE(bad.output.find("--since"), std::string::npos) << bad.output;
}

TEST_F(LogsStats, ReadsStandardInputAndWritesEveryFormatToAFile) {
  const std::string text = LogLine("01", "/a", 200) + LogLine("01", "/<script>", 404);
  for (const std::string format : {"table", "json", "html"}) {
    const fs::path out = dir_ / ("report." + format);
    const CommandResult run =
        RunWaymark({"logs", "stats", "-", "--format", format, "--output", out.string()}, {}, text);
    EXPECT_EQ(run.exit_status, 0) << run.output;
    std::ifstream in(out);
    const std::string report((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    EXPECT_NE(report.find(format == "html" ? "Nov 2026" : "2026-11-01"), std::string::npos)
        << format;
    if (format == "html") {
      EXPECT_EQ(report.find("<script"), std::string::npos);
      EXPECT_NE(report.find("<svg"), std::string::npos);
    }
  }
}

TEST_F(LogsStats, SaysSoWhenThereIsNoLog) {
  const CommandResult run = RunWaymark({"logs", "stats", "--data-dir", dir_.string()});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_NE(run.output.find("no access log"), std::string::npos) << run.output;
  const CommandResult missing = RunWaymark({"logs", "stats", (dir_ / "nope.log").string()});
  EXPECT_EQ(missing.exit_status, 1);
  EXPECT_NE(missing.output.find("nope.log"), std::string::npos) << missing.output;
}

TEST_F(LogsStats, DemographicsAreOffUntilAskedForAndSayWhatLimitsThem) {
  Write("access.log", LogLine("01", "/a", 200, "192.0.2.0") +
                          LogLine("01", "/b", 200, "198.51.100.0") +
                          LogLine("01", "/c", 200, "127.0.0.1"));
  EXPECT_FALSE(Json({}).contains("demographics"));

  const fs::path database = dir_ / "countries.mmdb";
  ASSERT_EQ(std::system(("perl " WAYMARK_SOURCE_DIR "/tests/fixtures/geoip/write-country-db.pl '" +
                         database.string() + "'")
                            .c_str()),
            0);
  const boost::json::object json =
      Json({"--traffic-geoip-database", database.string(), "--traffic-reverse-dns", "true",
            "--traffic-dns-budget-ms", "2000"});
  const boost::json::object& demographics = json.at("demographics").as_object();
  std::string countries = boost::json::serialize(demographics.at("countries"));
  EXPECT_NE(countries.find("DE"), std::string::npos) << countries;
  EXPECT_NE(countries.find("FR"), std::string::npos) << countries;
  // 127.0.0.1 is named by the hosts file, without asking any server.
  EXPECT_NE(boost::json::serialize(demographics.at("domains")).find("localhost"), std::string::npos)
      << demographics;
  // Two of three addresses end in .0, as anonymization leaves them: the report says so.
  EXPECT_NE(boost::json::serialize(demographics.at("notes")).find("nonymiz"), std::string::npos)
      << demographics;

  const CommandResult missing =
      RunWaymark({"logs", "stats", "--data-dir", dir_.string(), "--traffic-geoip-database",
                  (dir_ / "none.mmdb").string()});
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_NE(missing.output.find("none.mmdb"), std::string::npos) << missing.output;
}

TEST(LogRetention, TheServerDeletesRotatedLogsOlderThanItsRetention) {
  ServerProcess server({"--access-log-retention-days", "7"});
  const fs::path logs = server.data_dir() / "logs";
  const auto old_file = logs / "access.log-20200101-000000.gz";
  const auto recent_file = logs / "access.log-20991231-000000";
  std::ofstream(old_file) << "old\n";
  std::ofstream(recent_file) << "recent\n";
  fs::last_write_time(old_file, fs::file_time_type::clock::now() - std::chrono::hours(24 * 8));
  server.KillAndRestart();
  EXPECT_FALSE(fs::exists(old_file));
  EXPECT_TRUE(fs::exists(recent_file));
  EXPECT_TRUE(fs::exists(logs / "access.log"));
}

}  // namespace
}  // namespace waymark::testing
