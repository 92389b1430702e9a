#include "cookies/sdk_registry.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>

namespace waymark::cookies {
namespace {

// "BOOSTED_VIEWED" -> "boostedViewed"
std::string CamelCase(std::string_view suffix) {
  std::string out;
  bool upper = false;
  for (char c : suffix) {
    if (c == '_') {
      upper = true;
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    out += static_cast<char>(upper ? std::toupper(byte) : std::tolower(byte));
    upper = false;
  }
  return out;
}

}  // namespace

std::string SdkRegistryJson(const CookieNames& names) {
  boost::json::object cookies;
  for (const CookieSpec& spec : AllCookies()) {
    if (!spec.WrittenBy(Writer::kScript)) continue;
    boost::json::object entry{{"name", names.Name(spec.id)}, {"maxBytes", spec.max_bytes}};
    entry["maxAge"] = spec.max_age ? boost::json::value(spec.max_age->count()) : nullptr;
    cookies[CamelCase(spec.suffix)] = std::move(entry);
  }
  boost::json::object registry{{"prefix", names.prefix()}};
  registry["cookies"] = std::move(cookies);
  return boost::json::serialize(registry);
}

}  // namespace waymark::cookies
