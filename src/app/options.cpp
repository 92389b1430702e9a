#include "app/options.hpp"

#include <cstdio>
#include <cstdlib>

namespace waymark::app {

void ConfigFlags::AddTo(CLI::App& command) {
  command.add_option("--config", config_file_, "TOML configuration file [WAYMARK_CONFIG]");
  for (const Setting& setting : AllSettings()) {
    std::string key(setting.key);
    options_[key] = command
                        .add_option(setting.FlagName(), values_[key],
                                    std::string(setting.help) + " [" + setting.EnvName() + "]")
                        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  }
}

Config ConfigFlags::LoadOrExit() const {
  ConfigSources sources;
  sources.environment = ProcessEnvironment();
  if (!config_file_.empty()) {
    sources.file = config_file_;
  } else if (const char* env = std::getenv("WAYMARK_CONFIG"); env != nullptr && *env != '\0') {
    sources.file = env;
  }
  for (const auto& [key, option] : options_) {
    if (option->count() > 0) sources.flags[key] = values_.at(key);
  }
  Result<Config> config = LoadConfig(sources);
  if (!config.ok()) {
    std::fprintf(stderr, "waymark: %s\n", config.status().message().c_str());
    std::exit(2);
  }
  return std::move(config).value();
}

}  // namespace waymark::app
