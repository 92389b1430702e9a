#include "cookies/registry_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "cookies/lifetime_text.hpp"

namespace waymark::cookies {
namespace {

boost::json::value SecondsOrNull(const std::optional<std::chrono::seconds>& seconds) {
  if (!seconds) return nullptr;
  return seconds->count();
}

boost::json::array WritersOf(const CookieSpec& spec) {
  boost::json::array writers;
  for (Writer writer : {Writer::kServer, Writer::kScript}) {
    if (!spec.WrittenBy(writer)) continue;
    const WriterAttributes attributes = AttributesOf(writer);
    writers.push_back(boost::json::object{{"writer", WriterName(writer)},
                                          {"httpOnly", attributes.http_only},
                                          {"secure", attributes.secure_always ? "always" : "https"},
                                          {"sameSite", attributes.same_site},
                                          {"path", attributes.path}});
  }
  return writers;
}

boost::json::object CookieJson(const CookieSpec& spec, const CookieNames& names) {
  boost::json::object cookie;
  cookie["name"] = names.Name(spec.id);
  cookie["purpose"] = spec.purpose;
  cookie["category"] = CategoryName(spec.category);
  cookie["party"] = "first-party";  // Waymark sets no cookie for any other site
  cookie["lifetime"] = spec.max_age ? "persistent" : "session";
  cookie["maxAgeSeconds"] = SecondsOrNull(spec.max_age);
  cookie["extendedMaxAgeSeconds"] = SecondsOrNull(spec.extended_max_age);
  cookie["lifetimeText"] = LifetimeText(spec);
  cookie["setBy"] = spec.set_by;
  cookie["content"] = spec.content;
  cookie["maxBytes"] = spec.max_bytes;
  cookie["writers"] = WritersOf(spec);
  return cookie;
}

}  // namespace

std::string RegistryJson(const CookieNames& names) {
  boost::json::array cookies;
  for (const CookieSpec& spec : AllCookies()) cookies.push_back(CookieJson(spec, names));
  return boost::json::serialize(cookies);
}

}  // namespace waymark::cookies
