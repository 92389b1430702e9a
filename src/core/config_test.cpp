#include "core/config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace waymark {
namespace {

// A config file for one test, removed when the test ends.
class TomlFile {
 public:
  explicit TomlFile(const std::string& text)
      : path_(std::filesystem::temp_directory_path() /
              ("waymark-config-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml")) {
    std::ofstream(path_) << text;
  }
  ~TomlFile() { std::filesystem::remove(path_); }
  TomlFile(const TomlFile&) = delete;
  TomlFile& operator=(const TomlFile&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

TEST(Config, DefaultsWithoutSources) {
  Result<Config> config = LoadConfig({});
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(config->port, 8080);
  EXPECT_EQ(config->data_dir, "data");
  EXPECT_TRUE(config->access_log);
}

TEST(Config, FileThenEnvironmentThenFlagsWin) {
  ConfigSources sources;
  const TomlFile file("port = 9000\nthreads = 3\n[access_log]\nanonymize_ip = true\n");
  sources.file = file.path();
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
  const TomlFile file("[access_log]\ntrusted_proxies = [\"10.0.0.0/8\", \"::1\"]\n");
  sources.file = file.path();
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
  const TomlFile file("[access_log]\nanonymise_ip = true\n");
  sources.file = file.path();
  Result<Config> config = LoadConfig(sources);
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.status().message().find("access_log.anonymise_ip"), std::string::npos);
}

TEST(Config, MalformedTomlReportsTheLine) {
  ConfigSources sources;
  const TomlFile file("port = 80\nbind = \n");
  sources.file = file.path();
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
