#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <string>

#include "core/config.hpp"

namespace waymark::app {

// The command-line side of the configuration: --config plus one flag per setting.
class ConfigFlags {
 public:
  void AddTo(CLI::App& command);
  // The configuration from file, environment and the flags given. A bad value prints a
  // message naming the key and exits with status 2.
  Config LoadOrExit() const;

 private:
  std::string config_file_;
  std::map<std::string, std::string> values_;  // setting key -> raw value
  std::map<std::string, CLI::Option*> options_;
};

}  // namespace waymark::app
