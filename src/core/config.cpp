#include "core/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <charconv>

extern char** environ;

namespace waymark {
namespace {

Status ParseInt(std::string_view raw, std::int64_t min, std::int64_t max, std::int64_t& out) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (ec != std::errc() || end != raw.data() + raw.size() || value < min || value > max) {
    return Status::Invalid("expected an integer from " + std::to_string(min) + " to " +
                           std::to_string(max) + ", got '" + std::string(raw) + "'");
  }
  out = value;
  return Status::Ok();
}

template <class T>
Status SetInt(T& field, std::string_view raw, std::int64_t min, std::int64_t max) {
  std::int64_t value = 0;
  Status status = ParseInt(raw, min, max, value);
  if (status.ok()) field = static_cast<T>(value);
  return status;
}

Status SetMillis(std::chrono::milliseconds& field, std::string_view raw) {
  std::int64_t value = 0;
  Status status = ParseInt(raw, 1, 3'600'000, value);
  if (status.ok()) field = std::chrono::milliseconds(value);
  return status;
}

Status SetSeconds(std::chrono::seconds& field, std::string_view raw) {
  std::int64_t value = 0;
  Status status = ParseInt(raw, 1, 10LL * 365 * 24 * 3600, value);
  if (status.ok()) field = std::chrono::seconds(value);
  return status;
}

Status SetText(std::string& field, std::string_view raw) {
  field = raw;
  return Status::Ok();
}

// An http(s) origin with an optional path, without a trailing slash.
Status SetPublicUrl(std::string& field, std::string_view raw) {
  if (!raw.starts_with("http://") && !raw.starts_with("https://")) {
    return Status::Invalid("expected an http:// or https:// URL, got '" + std::string(raw) + "'");
  }
  while (raw.ends_with('/')) raw.remove_suffix(1);
  field = raw;
  return Status::Ok();
}

// Cookie names are tokens (RFC 6265): letters, digits and a few marks, no separators.
Status SetCookiePrefix(std::string& field, std::string_view raw) {
  for (char c : raw) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return Status::Invalid("expected letters, digits, '_' or '-', got '" + std::string(raw) +
                             "'");
    }
  }
  field = raw;
  return Status::Ok();
}

Status SetBool(bool& field, std::string_view raw) {
  if (raw == "true" || raw == "1" || raw == "yes" || raw == "on") {
    field = true;
  } else if (raw == "false" || raw == "0" || raw == "no" || raw == "off") {
    field = false;
  } else {
    return Status::Invalid("expected true or false, got '" + std::string(raw) + "'");
  }
  return Status::Ok();
}

Status SetNonEmpty(std::string& field, std::string_view raw) {
  if (raw.empty()) return Status::Invalid("must not be empty");
  field = raw;
  return Status::Ok();
}

Status SetPath(std::filesystem::path& field, std::string_view raw) {
  if (raw.empty()) return Status::Invalid("must not be empty");
  field = raw;
  return Status::Ok();
}

Status SetLogLevel(std::string& field, std::string_view raw) {
  static constexpr std::string_view kLevels[] = {"trace", "debug", "info", "warn", "error", "off"};
  if (std::find(std::begin(kLevels), std::end(kLevels), raw) == std::end(kLevels)) {
    return Status::Invalid("expected one of trace, debug, info, warn, error, off, got '" +
                           std::string(raw) + "'");
  }
  field = raw;
  return Status::Ok();
}

// A comma-separated list; TOML arrays arrive joined the same way.
Status SetList(std::vector<std::string>& field, std::string_view raw) {
  field.clear();
  while (!raw.empty()) {
    std::size_t comma = raw.find(',');
    std::string_view item = raw.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) field.emplace_back(item);
    raw = comma == std::string_view::npos ? std::string_view() : raw.substr(comma + 1);
  }
  return Status::Ok();
}

constexpr Setting kSettings[] = {
    {"bind", "address to listen on",
     [](Config& c, std::string_view v) { return SetNonEmpty(c.bind, v); }},
    {"port", "TCP port to listen on (0 = any free port)",
     [](Config& c, std::string_view v) { return SetInt(c.port, v, 0, 65535); }},
    {"data_dir", "directory for the database and logs",
     [](Config& c, std::string_view v) { return SetPath(c.data_dir, v); }},
    {"static_dir", "directory of static assets served from memory",
     [](Config& c, std::string_view v) { return SetPath(c.static_dir, v); }},
    {"threads", "I/O threads (0 = one per core)",
     [](Config& c, std::string_view v) { return SetInt(c.threads, v, 0, 256); }},
    {"log_level", "application log level",
     [](Config& c, std::string_view v) { return SetLogLevel(c.log_level, v); }},
    {"limits.max_connections", "open connections at most",
     [](Config& c, std::string_view v) { return SetInt(c.max_connections, v, 1, 1'000'000); }},
    {"limits.header_bytes", "request header bytes at most (larger: 431)",
     [](Config& c, std::string_view v) { return SetInt(c.header_limit_bytes, v, 1024, 1 << 20); }},
    {"limits.body_bytes", "default request body bytes at most (larger: 413)",
     [](Config& c, std::string_view v) { return SetInt(c.body_limit_bytes, v, 0, 1 << 30); }},
    {"timeouts.header_ms", "time to receive a request's headers",
     [](Config& c, std::string_view v) { return SetMillis(c.header_timeout, v); }},
    {"timeouts.body_ms", "time to receive a request's body",
     [](Config& c, std::string_view v) { return SetMillis(c.body_timeout, v); }},
    {"timeouts.idle_ms", "keep-alive time between requests",
     [](Config& c, std::string_view v) { return SetMillis(c.idle_timeout, v); }},
    {"timeouts.shutdown_ms", "time in-flight requests get to finish on shutdown",
     [](Config& c, std::string_view v) { return SetMillis(c.shutdown_grace, v); }},
    {"access_log.enabled", "write the NCSA Combined access log",
     [](Config& c, std::string_view v) { return SetBool(c.access_log, v); }},
    {"access_log.anonymize_ip", "zero the last IPv4 octet / last 80 IPv6 bits",
     [](Config& c, std::string_view v) { return SetBool(c.anonymize_ip, v); }},
    {"access_log.rotate_bytes", "rotate the access log past this size",
     [](Config& c, std::string_view v) { return SetInt(c.rotate_bytes, v, 4096, 1LL << 40); }},
    {"access_log.retention_days", "delete rotated logs older than this (0 = keep)",
     [](Config& c, std::string_view v) { return SetInt(c.retention_days, v, 0, 36500); }},
    {"access_log.trusted_proxies", "proxies (IPs or CIDRs) whose X-Forwarded-For is believed",
     [](Config& c, std::string_view v) { return SetList(c.trusted_proxies, v); }},
    {"traffic.reverse_dns", "name visitors' domains by reverse DNS in traffic statistics",
     [](Config& c, std::string_view v) { return SetBool(c.traffic_reverse_dns, v); }},
    {"traffic.dns_budget_ms", "time all reverse DNS lookups of one report may take",
     [](Config& c, std::string_view v) { return SetMillis(c.traffic_dns_budget, v); }},
    {"traffic.geoip_database", "MaxMind .mmdb file for visitors' countries (empty: none)",
     [](Config& c, std::string_view v) { return SetPath(c.traffic_geoip_database, v); }},
    {"store.readers", "SQLite reader connections",
     [](Config& c, std::string_view v) { return SetInt(c.store_readers, v, 1, 64); }},
    {"ops.metrics_token", "bearer token for GET /metrics (empty: this machine only)",
     [](Config& c, std::string_view v) { return SetText(c.metrics_token, v); }},
    {"security.server_key",
     "secret the identity and webhook secrets derive from (empty: <data_dir>/server.key)",
     [](Config& c, std::string_view v) { return SetText(c.server_key, v); }},
    {"widget.sdk_path", "the bundled widget script (empty: web/sdk.js beside the executable)",
     [](Config& c, std::string_view v) { return SetPath(c.sdk_path, v); }},
    {"demo.port", "port of a demo product page using the widget (0: none)",
     [](Config& c, std::string_view v) { return SetInt(c.demo_port, v, 0, 65535); }},
    {"analytics.max_pending_events",
     "events waiting for their commit at once; beyond, ingestion answers 503",
     [](Config& c, std::string_view v) {
       return SetInt(c.analytics_max_pending_events, v, 1000, 100000000);
     }},
    {"analytics.retention_days", "days raw events are kept (rollups stay); 0 keeps them",
     [](Config& c, std::string_view v) { return SetInt(c.analytics_retention_days, v, 0, 36500); }},
    {"webhooks.timeout_ms", "time a webhook delivery attempt may take, connecting included",
     [](Config& c, std::string_view v) { return SetMillis(c.webhooks_timeout, v); }},
    {"webhooks.retry_base_ms", "first wait before retrying a failed webhook delivery",
     [](Config& c, std::string_view v) { return SetMillis(c.webhooks_retry_base, v); }},
    {"webhooks.allow_private_networks",
     "let webhooks go to loopback, private and link-local addresses",
     [](Config& c, std::string_view v) { return SetBool(c.webhooks_allow_private_networks, v); }},
    {"site.public_url", "the URL people reach this server at (links, allowed Origin)",
     [](Config& c, std::string_view v) { return SetPublicUrl(c.public_url, v); }},
    {"site.operator_name", "who runs this server, as the site pages and policies name them",
     [](Config& c, std::string_view v) { return SetNonEmpty(c.operator_name, v); }},
    {"site.operator_contact", "email address or URL for privacy questions, on the policies",
     [](Config& c, std::string_view v) { return SetNonEmpty(c.operator_contact, v); }},
    {"site.widget_key", "public key of the project whose widget the site pages embed",
     [](Config& c, std::string_view v) { return SetText(c.widget_key, v); }},
    {"cookies.prefix", "prefix of every cookie name",
     [](Config& c, std::string_view v) { return SetCookiePrefix(c.cookie_prefix, v); }},
    {"auth.open_signup", "anyone may sign up (otherwise: the first account, then invitations)",
     [](Config& c, std::string_view v) { return SetBool(c.open_signup, v); }},
    {"sessions.idle_timeout_s", "a session unused this long ends",
     [](Config& c, std::string_view v) { return SetSeconds(c.session_idle_timeout, v); }},
    {"sessions.lifetime_s", "a session ends this long after sign-in, used or not",
     [](Config& c, std::string_view v) { return SetSeconds(c.session_lifetime, v); }},
    {"smtp.url", "SMTP server for password-reset mail (smtp:// or smtps://; empty: none)",
     [](Config& c, std::string_view v) { return SetText(c.smtp_url, v); }},
    {"smtp.from", "sender address of the mail Waymark sends",
     [](Config& c, std::string_view v) { return SetNonEmpty(c.smtp_from, v); }},
    {"smtp.username", "SMTP user name (empty: no authentication)",
     [](Config& c, std::string_view v) { return SetText(c.smtp_username, v); }},
    {"smtp.password", "SMTP password",
     [](Config& c, std::string_view v) { return SetText(c.smtp_password, v); }},
};

const Setting* FindSetting(std::string_view key) {
  for (const Setting& s : kSettings) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

Status Apply(Config& config, std::string_view key, std::string_view raw, std::string_view where) {
  const Setting* setting = FindSetting(key);
  if (setting == nullptr)
    return Status::Invalid("unknown setting '" + std::string(key) + "'" + std::string(where));
  Status status = setting->apply(config, raw);
  if (status.ok()) return status;
  return Status::Invalid("invalid value for '" + std::string(key) + "'" + std::string(where) +
                         ": " + status.message());
}

std::string TomlScalar(const toml::node& node) {
  if (const auto* s = node.as_string()) return s->get();
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
  if (const auto* i = node.as_integer()) return std::to_string(i->get());
  if (const toml::array* array = node.as_array()) {
    std::string joined;
    for (const toml::node& item : *array) {
      if (!joined.empty()) joined += ',';
      joined += TomlScalar(item);
    }
    return joined;
  }
  return "<unsupported TOML type>";
}

Status ApplyTable(Config& config, const toml::table& table, const std::string& prefix,
                  const std::string& where) {
  for (const auto& [name, node] : table) {
    std::string key = prefix + std::string(name.str());
    if (const toml::table* nested = node.as_table()) {
      Status status = ApplyTable(config, *nested, key + ".", where);
      if (!status.ok()) return status;
      continue;
    }
    Status status = Apply(config, key, TomlScalar(node), where);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status ApplyFile(Config& config, const std::filesystem::path& path) {
  std::string where = " in " + path.string();
  if (!std::filesystem::is_regular_file(path)) return Status::Invalid("cannot read config" + where);
  toml::table table;
  try {  // Debian's toml++ reports parse errors only by exception.
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& error) {
    return Status::Invalid("cannot read config" + where + " line " +
                           std::to_string(error.source().begin.line) + ": " +
                           std::string(error.description()));
  }
  return ApplyTable(config, table, "", where);
}

}  // namespace

std::string Setting::EnvName() const {
  std::string name = "WAYMARK_";
  for (char c : key) name += c == '.' ? '_' : static_cast<char>(std::toupper(c));
  return name;
}

std::string Setting::FlagName() const {
  std::string name = "--";
  for (char c : key) name += (c == '.' || c == '_') ? '-' : c;
  return name;
}

std::span<const Setting> AllSettings() {
  return kSettings;
}

Result<Config> LoadConfig(const ConfigSources& sources) {
  Config config;
  if (sources.file) {
    Status status = ApplyFile(config, *sources.file);
    if (!status.ok()) return status;
  }
  for (const Setting& setting : kSettings) {
    auto it = sources.environment.find(setting.EnvName());
    if (it == sources.environment.end()) continue;
    Status status = Apply(config, setting.key, it->second, " in " + it->first);
    if (!status.ok()) return status;
  }
  for (const auto& [key, value] : sources.flags) {
    const Setting* setting = FindSetting(key);
    std::string where = setting ? " in " + setting->FlagName() : std::string();
    Status status = Apply(config, key, value, where);
    if (!status.ok()) return status;
  }
  return config;
}

std::map<std::string, std::string> ProcessEnvironment() {
  std::map<std::string, std::string> env;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string_view pair(*entry);
    if (!pair.starts_with("WAYMARK_")) continue;
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    env.emplace(pair.substr(0, eq), pair.substr(eq + 1));
  }
  return env;
}

}  // namespace waymark
