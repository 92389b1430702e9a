#include "markup/url_check.hpp"

#include <algorithm>
#include <boost/url/parse.hpp>

namespace waymark::markup {
namespace {

// Browsers drop tabs and newlines inside URLs and trim controls at the ends, so
// "java\tscript:" would run as "javascript:"; any such byte refuses the whole URL.
bool HasSpaceOrControl(std::string_view url) {
  return std::any_of(url.begin(), url.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
  });
}

}  // namespace

bool IsSafeHttpUrl(std::string_view url) {
  if (url.empty() || url.size() > kMaxUrlBytes || HasSpaceOrControl(url)) return false;
  // parse_uri, not parse_absolute_uri: the latter refuses a #fragment, which links to a
  // section of a page need; both require a scheme, so "//evil" and "/path" fail here.
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return false;
  const boost::urls::scheme scheme = parsed->scheme_id();
  if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) return false;
  return parsed->has_authority() && !parsed->encoded_host().empty();
}

}  // namespace waymark::markup
