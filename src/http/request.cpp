#include "http/request.hpp"

#include <boost/url/parse_query.hpp>
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

std::optional<std::string> Request::QueryParam(std::string_view name) const {
  if (query.empty()) return std::nullopt;
  // Boost.URL 1.81's parse_query reads the last key past the view's end, up to a NUL, so
  // it gets a terminated copy rather than the view into the request line.
  const std::string terminated(query);
  auto parsed = boost::urls::parse_query(terminated);
  if (!parsed) return std::nullopt;
  boost::urls::encoding_opts form;
  form.space_as_plus = true;
  for (const boost::urls::param_pct_view& param : *parsed) {
    std::string key;
    param.key.decode(form, boost::urls::string_token::assign_to(key));
    if (key != name) continue;
    std::string value;
    if (param.has_value) param.value.decode(form, boost::urls::string_token::assign_to(value));
    return value;
  }
  return std::nullopt;
}

}  // namespace waymark::http
