#include "cookies/set_cookie.hpp"

namespace waymark::cookies {
namespace {

constexpr std::string_view kAttributes = "; Path=/; HttpOnly; Secure; SameSite=Lax";

}  // namespace

std::string SetCookie(std::string_view name, std::string_view value,
                      std::optional<std::chrono::seconds> max_age) {
  std::string header;
  header.reserve(name.size() + value.size() + kAttributes.size() + 24);
  header.append(name).append("=").append(value);
  if (max_age) header.append("; Max-Age=").append(std::to_string(max_age->count()));
  header.append(kAttributes);
  return header;
}

std::string ExpireCookie(std::string_view name) {
  return std::string(name) + "=; Max-Age=0" + std::string(kAttributes);
}

}  // namespace waymark::cookies
