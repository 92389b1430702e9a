#include "cookies/set_cookie.hpp"

namespace waymark::cookies {
namespace {

std::string Attributes(Writer writer) {
  const WriterAttributes attributes = AttributesOf(writer);
  std::string text = "; Path=" + std::string(attributes.path);
  if (attributes.http_only) text += "; HttpOnly";
  if (attributes.secure_always) text += "; Secure";
  return text + "; SameSite=" + std::string(attributes.same_site);
}

}  // namespace

std::string SetCookie(std::string_view name, std::string_view value,
                      std::optional<std::chrono::seconds> max_age) {
  static const std::string kAttributes = Attributes(Writer::kServer);
  std::string header;
  header.reserve(name.size() + value.size() + kAttributes.size() + 24);
  header.append(name).append("=").append(value);
  if (max_age) header.append("; Max-Age=").append(std::to_string(max_age->count()));
  header.append(kAttributes);
  return header;
}

std::string ExpireCookie(std::string_view name, Writer writer) {
  return std::string(name) + "=; Max-Age=0" + Attributes(writer);
}

}  // namespace waymark::cookies
