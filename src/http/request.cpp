#include "http/request.hpp"

#include <boost/url/pct_string_view.hpp>

namespace waymark::http {

std::string_view Request::Header(Field field) const {
  auto it = message->find(field);
  return it == message->end() ? std::string_view() : std::string_view(it->value());
}

std::string_view Request::Header(std::string_view name) const {
  auto it = message->find(name);
  return it == message->end() ? std::string_view() : std::string_view(it->value());
}

std::optional<std::string> Request::Param(std::string_view name) const {
  std::optional<std::string_view> encoded = params.Encoded(name);
  if (!encoded) return std::nullopt;
  auto checked = boost::urls::make_pct_string_view(*encoded);
  if (!checked) return std::nullopt;
  std::string decoded;
  checked->decode({}, boost::urls::string_token::assign_to(decoded));
  return decoded;
}

}  // namespace waymark::http
