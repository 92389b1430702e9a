#include "traffic/registrable_domain.hpp"

#include <libpsl.h>

#include <algorithm>

#include "weblog/ip_address.hpp"

namespace waymark::traffic {
namespace {

// The system's list when it is there and newer than the one built into the library. Loaded
// once and kept for the life of the process.
const psl_ctx_t* PublicSuffixes() {
  static const psl_ctx_t* const suffixes = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest != nullptr ? latest : psl_builtin();
  }();
  return suffixes;
}

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return lower;
}

}  // namespace

std::optional<std::string> RegistrableDomain(std::string_view host) {
  if (host.ends_with('.')) host.remove_suffix(1);  // a fully qualified "example.com."
  if (host.empty() || host.starts_with('.') || host.find("..") != std::string_view::npos ||
      weblog::ParseIp(host)) {
    return std::nullopt;
  }
  const std::string name = Lowercase(host);
  const psl_ctx_t* suffixes = PublicSuffixes();
  if (suffixes == nullptr) return name;

  // Walks from the longest suffix to the shortest: the first public one is the longest
  // match, and the label before it completes the registrable domain.
  std::size_t previous = std::string::npos;  // where the label before `start` begins
  for (std::size_t start = 0; start != std::string::npos;) {
    if (psl_is_public_suffix2(suffixes, name.c_str() + start, PSL_TYPE_ICANN)) {
      return previous == std::string::npos ? name : name.substr(previous);
    }
    previous = start;
    const std::size_t dot = name.find('.', start);
    start = dot == std::string::npos ? dot : dot + 1;
  }
  return name;
}

}  // namespace waymark::traffic
