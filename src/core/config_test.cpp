#include "core/config.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace waymark {
namespace {

std::filesystem::path WriteToml(const std::string& text) {
  auto path =
      std::filesystem::temp_directory_path() /
      ("waymark-config-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml");
  std::ofstream(path) << text;
  return path;
}

TEST(Config, DefaultsWithoutSources) {
  Result<Config> config = LoadConfig({});
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(config->port, 8080);
  EXPECT_EQ(config->data_dir, "data");
  EXPECT_TRUE(config->access_log);
}

TEST(Config, FileThenEnvironmentThenFlagsWin) {
  ConfigSources sources;
  sources.file = WriteToml("port = 9000\nthreads = 3\n[access_log]\nanonymize_ip = true\n");
  sources.environment = {{"WAYMARK_PORT", "9100"}, {"WAYMARK_THREADS", "4"}};
  sources.flags = {{"port", "9200"}};
  Result<Config> config = LoadConfig(sources);
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->port, 9200);
  EXPECT_EQ(config->threads, 4);
  EXPECT_TRUE(config->anonymize_ip);
}

TEST(Config, TomlArraysBecomeLists) {
  ConfigSources sources;
  sources.file = WriteToml("[access_log]\ntrusted_proxies = [\"10.0.0.0/8\", \"::1\"]\n");
  Result<Config> config = LoadConfig(sources);
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->trusted_proxies, (std::vector<std::string>{"10.0.0.0/8", "::1"}));
}

TEST(Config, BadValueNamesTheKeyAndItsSource) {
  ConfigSources sources;
  sources.environment = {{"WAYMARK_PORT", "eighty"}};
  Result<Config> config = LoadConfig(sources);
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.status().message().find("'port'"), std::string::npos);
  EXPECT_NE(config.status().message().find("WAYMARK_PORT"), std::string::npos);
}

TEST(Config, UnknownKeyInFileIsAnError) {
  ConfigSources sources;
  sources.file = WriteToml("[access_log]\nanonymise_ip = true\n");
  Result<Config> config = LoadConfig(sources);
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.status().message().find("access_log.anonymise_ip"), std::string::npos);
}

TEST(Config, MalformedTomlReportsTheLine) {
  ConfigSources sources;
  sources.file = WriteToml("port = 80\nbind = \n");
  Result<Config> config = LoadConfig(sources);
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.status().message().find("line 2"), std::string::npos)
      << config.status().message();
}

TEST(Config, OutOfRangeIsRejected) {
  ConfigSources sources;
  sources.flags = {{"port", "70000"}};
  EXPECT_FALSE(LoadConfig(sources).ok());
}

TEST(Config, NamesDerivedFromKeys) {
  Setting setting{"access_log.anonymize_ip", "", nullptr};
  EXPECT_EQ(setting.EnvName(), "WAYMARK_ACCESS_LOG_ANONYMIZE_IP");
  EXPECT_EQ(setting.FlagName(), "--access-log-anonymize-ip");
}

}  // namespace
}  // namespace waymark
