#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace waymark {

// Every setting of a Waymark process. Each one is declared once in config.cpp's table,
// which drives the TOML keys, the WAYMARK_* variables, the command-line flags and the docs.
struct Config {
  std::string bind = "0.0.0.0";
  int port = 8080;
  std::filesystem::path data_dir = "data";
  std::filesystem::path static_dir = "web/static";
  int threads = 0;  // 0 = one per core
  std::string log_level = "info";

  int max_connections = 10000;
  int header_limit_bytes = 16 * 1024;
  int body_limit_bytes = 1024 * 1024;
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};
  std::chrono::milliseconds shutdown_grace{10'000};

  bool access_log = true;
  bool anonymize_ip = false;
  std::int64_t rotate_bytes = 100LL << 20;
  int retention_days = 30;
  std::vector<std::string> trusted_proxies;
  // Traffic statistics' demographics, both off by default: visitors' domains by reverse
  // DNS (within a time budget), and countries from a MaxMind database.
  bool traffic_reverse_dns = false;
  std::chrono::milliseconds traffic_dns_budget{5'000};
  std::filesystem::path traffic_geoip_database;

  int store_readers = 2;
  std::string metrics_token;  // empty: /metrics answers this machine only
  // What the server derives per-project secrets from (identity verification). Empty: a
  // random key kept in <data_dir>/server.key. Nodes that share a database share it.
  std::string server_key;
  // The widget's script; empty: web/sdk.js beside the executable, where the build puts it.
  std::filesystem::path sdk_path;
  // A second port serving a demo product page with the widget (`make run`); 0: none.
  int demo_port = 0;
  // Analytics: events waiting for their commit at once, beyond which ingestion answers 503;
  // and how long raw events are kept (rollups are kept for good). 0 keeps them.
  int analytics_max_pending_events = 5000000;
  int analytics_retention_days = 400;
  // Webhooks: the time one delivery attempt may take, and the first wait of the retry
  // backoff, which the later ones are multiples of (webhooks/backoff.hpp).
  std::chrono::milliseconds webhooks_timeout{10'000};
  std::chrono::milliseconds webhooks_retry_base{10'000};
  // Whether webhooks may go to loopback, private and link-local addresses: off, so that a
  // project's admin cannot make the server reach what only it can reach.
  bool webhooks_allow_private_networks = false;

  // The address people reach this server at: links in emails, and the origin that
  // cookie-authenticated requests must come from.
  std::string public_url = "http://localhost:8080";
  // The site pages (home, privacy, cookie policy): who runs this server, where to reach
  // them about privacy (an email address or a URL), and the public key of the project whose
  // changelog widget the pages embed (empty: none).
  std::string operator_name = "Waymark";
  std::string operator_contact = "privacy@localhost";
  std::string widget_key;
  std::string cookie_prefix = "_JIMO_";
  bool open_signup = false;
  std::chrono::seconds session_idle_timeout{14 * 24 * 3600};
  std::chrono::seconds session_lifetime{30 * 24 * 3600};

  std::string smtp_url;  // empty: no email; reset links come from `waymark user reset-link`
  std::string smtp_from = "waymark@localhost";
  std::string smtp_username;
  std::string smtp_password;
};

// One declared setting: its TOML key ("access_log.anonymize_ip"), from which the
// environment variable (WAYMARK_ACCESS_LOG_ANONYMIZE_IP) and the flag
// (--access-log-anonymize-ip) are derived.
struct Setting {
  std::string_view key;
  std::string_view help;
  Status (*apply)(Config&, std::string_view raw);

  std::string EnvName() const;
  std::string FlagName() const;
};

std::span<const Setting> AllSettings();

// Where the raw values come from, lowest precedence first: the TOML file, then the
// environment, then command-line flags (keyed by setting key).
struct ConfigSources {
  std::optional<std::filesystem::path> file;
  std::map<std::string, std::string> environment;  // WAYMARK_* name -> value
  std::map<std::string, std::string> flags;        // setting key -> value
};

// Builds the configuration. A bad value or an unknown key is an Invalid status whose
// message names the key and where it came from.
Result<Config> LoadConfig(const ConfigSources& sources);

// The WAYMARK_* variables of the current process environment.
std::map<std::string, std::string> ProcessEnvironment();

}  // namespace waymark
