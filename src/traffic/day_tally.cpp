#include "traffic/day_tally.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace waymark::traffic {
namespace {

// "404 /path": the status and the path in one name, so one Counter holds every failure.
std::string_view FailureName(unsigned status, std::string_view path, std::string& buffer) {
  buffer.resize(4);
  std::to_chars(buffer.data(), buffer.data() + 3, status);
  buffer[3] = ' ';
  buffer.append(path);
  return buffer;
}

}  // namespace

DayTally::DayTally(const TallyLimits& limits)
    : pages(limits.urls),
      files(limits.urls),
      failures(limits.urls),
      referrers(limits.referrers),
      agents(limits.agents),
      addresses(limits.addresses),
      keep_addresses_(limits.addresses > 0) {}

// GoAccess leaves 4xx answers out of its visitors (a scanner probing for missing pages is
// not a visitor), so we do too and the two agree.
bool DayTally::CountsAsVisit(const LogLine& line) {
  if (line.status >= 400 && line.status < 500) return false;
  const XXH64_hash_t address = XXH3_64bits(line.address.data(), line.address.size());
  const XXH64_hash_t key =
      XXH3_64bits_withSeed(line.user_agent.data(), line.user_agent.size(), address);
  return seen_.insert(key).second;
}

void DayTally::Add(const LogLine& line) {
  ++requests;
  bytes += line.bytes;
  ++hours[line.hour];
  ++status[line.status];

  const bool visit = CountsAsVisit(line);
  visitors += visit ? 1 : 0;
  Count& agent = agents.At(line.user_agent);
  ++agent.hits;
  agent.bytes += line.bytes;
  agent.visitors += visit ? 1 : 0;

  thread_local std::string buffer;
  const std::string_view path = PathOf(line.target);
  Count& url = IsStaticFile(path) ? files.At(path) : pages.At(path);
  ++url.hits;
  url.bytes += line.bytes;
  if (line.status >= 400) ++failures.At(FailureName(line.status, path, buffer)).hits;

  if (const std::string_view host = ReferringHost(line.referrer, buffer); !host.empty()) {
    ++referrers.At(host).hits;
  }
  if (keep_addresses_) ++addresses.At(line.address).hits;
}

void DayTally::Seal() {
  seen_ = {};
}

std::string_view PathOf(std::string_view target) {
  return target.substr(0, target.find_first_of("?#"));
}

bool IsStaticFile(std::string_view path) {
  static constexpr std::array<std::string_view, 28> kExtensions = {
      "js",   "mjs",  "css", "map",  "png",   "jpg", "jpeg", "gif", "svg", "ico",
      "webp", "avif", "bmp", "woff", "woff2", "ttf", "otf",  "eot", "mp4", "webm",
      "mp3",  "ogg",  "wav", "pdf",  "zip",   "gz",  "txt",  "xml"};
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  const std::string_view extension = path.substr(dot + 1);
  if (extension.empty() || extension.size() > 5) return false;
  std::array<char, 5> lower{};
  for (std::size_t i = 0; i < extension.size(); ++i) {
    const char c = extension[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view key(lower.data(), extension.size());
  return std::find(kExtensions.begin(), kExtensions.end(), key) != kExtensions.end();
}

std::string_view ReferringHost(std::string_view referrer, std::string& buffer) {
  const std::size_t scheme = referrer.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return {};
  std::string_view host = referrer.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) {
    host.remove_prefix(at + 1);
  }
  if (host.starts_with('[')) {  // an IPv6 literal keeps its brackets, loses its port
    host = host.substr(0, host.find(']') + 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  if (std::none_of(host.begin(), host.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return host;
  }
  buffer.assign(host);
  for (char& c : buffer) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return buffer;
}

}  // namespace waymark::traffic
