// The command line as an operator meets it: configuration errors and migrations.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "core/config.hpp"
#include "server_process.hpp"

namespace waymark::testing {
namespace {

TEST(Cli, BadSettingNamesTheKeyAndExitsWithTwo) {
  CommandResult flag = RunWaymark({"serve", "--port", "eighty"});
  EXPECT_EQ(flag.exit_status, 2);
  EXPECT_NE(flag.output.find("'port'"), std::string::npos) << flag.output;

  CommandResult env = RunWaymark({"serve"}, {"WAYMARK_ACCESS_LOG_RETENTION_DAYS=-3"});
  EXPECT_EQ(env.exit_status, 2);
  EXPECT_NE(env.output.find("access_log.retention_days"), std::string::npos) << env.output;
}

TEST(Cli, BadTomlNamesTheFileAndExitsWithTwo) {
  auto path = std::filesystem::temp_directory_path() / "waymark-cli-test-bad.toml";
  std::ofstream(path) << "[access_log]\nanonymize_ip = maybe\n";
  CommandResult result = RunWaymark({"serve", "--config", path.string()});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.output.find(path.string()), std::string::npos) << result.output;

  std::ofstream(path) << "[access_log]\nanonymise_ip = true\n";
  result = RunWaymark({"serve", "--config", path.string()});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.output.find("unknown setting 'access_log.anonymise_ip'"), std::string::npos)
      << result.output;
  std::filesystem::remove(path);
}

TEST(Cli, MigrateIsIdempotent) {
  auto dir = std::filesystem::temp_directory_path() / "waymark-cli-test-migrate";
  std::filesystem::remove_all(dir);
  CommandResult first = RunWaymark({"migrate", "--data-dir", dir.string()});
  EXPECT_EQ(first.exit_status, 0) << first.output;
  EXPECT_TRUE(std::regex_search(first.output, std::regex("migrations_applied=[1-9]")))
      << first.output;
  CommandResult second = RunWaymark({"migrate", "--data-dir", dir.string()});
  EXPECT_EQ(second.exit_status, 0) << second.output;
  EXPECT_NE(second.output.find("migrations_applied=0"), std::string::npos) << second.output;
  std::filesystem::remove_all(dir);
}

TEST(Cli, ConfigFileIsReadAndFlagsWin) {
  auto path = std::filesystem::temp_directory_path() / "waymark-cli-test-good.toml";
  std::ofstream(path) << "port = 1\n[access_log]\nenabled = false\n";
  ServerProcess server({"--config", path.string()});  // --port 0 given by the harness wins
  EXPECT_EQ(server.Client().Get("/healthz")->status, 200u);
  EXPECT_FALSE(std::filesystem::exists(server.data_dir() / "logs" / "access.log"));
  std::filesystem::remove(path);
}

TEST(Cli, TheShippedExampleConfigurationLoads) {
  auto dir = std::filesystem::temp_directory_path() / "waymark-cli-test-example";
  std::filesystem::remove_all(dir);
  CommandResult result =
      RunWaymark({"migrate", "--config", WAYMARK_SOURCE_DIR "/deploy/waymark.toml", "--data-dir",
                  dir.string()});
  EXPECT_EQ(result.exit_status, 0) << result.output;
  std::filesystem::remove_all(dir);
}

TEST(Cli, ReadmeDocumentsEverySetting) {
  std::ifstream in(WAYMARK_SOURCE_DIR "/README.md");
  std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(readme.empty());
  for (const Setting& setting : AllSettings()) {
    EXPECT_NE(readme.find("| `" + std::string(setting.key) + "` | `" + setting.EnvName() + "` |"),
              std::string::npos)
        << setting.key << " is missing from the README's configuration table";
  }
}

}  // namespace
}  // namespace waymark::testing
