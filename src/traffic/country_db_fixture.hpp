#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace waymark::traffic {

// The test country database, written once per test process by
// tests/fixtures/geoip/write-country-db.pl (documentation networks: 192.0.2.0/24 DE,
// 198.51.100.0/24 FR, 203.0.113.0/25 JP, 203.0.113.128/25 registered in NZ,
// 2001:db8:1::/48 CA) and removed at exit. Empty when it could not be written: perl and
// its database writer come with scripts/install-deps. Test-only.
inline const std::filesystem::path& CountryDb() {
  struct Written {
    std::filesystem::path path;
    Written() {
      const auto script =
          std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() /
          "tests/fixtures/geoip/write-country-db.pl";
      const auto out = std::filesystem::temp_directory_path() /
                       ("waymark-countries-" + std::to_string(::getpid()) + ".mmdb");
      const std::string command = "perl '" + script.string() + "' '" + out.string() + "'";
      if (std::system(command.c_str()) == 0) path = out;
    }
    ~Written() {
      std::error_code ignored;
      if (!path.empty()) std::filesystem::remove(path, ignored);
    }
  };
  static const Written written;
  return written.path;
}

}  // namespace waymark::traffic
