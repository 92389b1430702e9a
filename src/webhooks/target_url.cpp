#include "webhooks/target_url.hpp"

#include <algorithm>
#include <boost/url/parse.hpp>
#include <charconv>

#include "webhooks/address_policy.hpp"

namespace waymark::webhooks {
namespace {

bool HasSpaceOrControl(std::string_view url) {
  return std::any_of(url.begin(), url.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
  });
}

// The port the URL names, 0 when it names one outside 1..65535.
std::uint16_t PortOf(const boost::urls::url_view& url, bool tls) {
  if (!url.has_port()) return tls ? 443 : 80;
  const std::string_view text = url.port();
  unsigned port = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc() || end != text.data() + text.size() || port == 0 || port > 65535) return 0;
  return static_cast<std::uint16_t>(port);
}

}  // namespace

std::variant<TargetUrl, std::string> ParseTargetUrl(std::string_view url) {
  if (url.size() > kMaxUrlBytes) return "must be at most 2048 characters";
  if (url.empty() || HasSpaceOrControl(url)) return "must be an absolute http or https URL";
  auto parsed = boost::urls::parse_absolute_uri(url);  // refuses a #fragment
  if (!parsed) return "must be an absolute http or https URL, without a #fragment";
  const boost::urls::scheme scheme = parsed->scheme_id();
  if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) {
    return "must be an http or https URL";
  }
  if (!parsed->has_authority() || parsed->encoded_host().empty()) return "must name a host";
  if (parsed->has_userinfo()) return "must not hold credentials (user:password@)";
  // Percent-escapes in a host name would need decoding before resolution; no real host
  // name needs them.
  const std::string_view host = parsed->encoded_host_address();
  if (host.find('%') != std::string_view::npos) return "must name a plain host";

  TargetUrl target;
  target.tls = scheme == boost::urls::scheme::https;
  target.port = PortOf(*parsed, target.tls);
  if (target.port == 0) return "must name a port from 1 to 65535";
  target.host = host;
  target.host_header = parsed->encoded_host_and_port();
  target.target = parsed->encoded_path();
  if (target.target.empty()) target.target = "/";
  if (parsed->has_query()) target.target.append("?").append(parsed->encoded_query());
  return target;
}

std::optional<std::string> NonPublicHostRefusal(const TargetUrl& url) {
  boost::system::error_code ec;
  const boost::asio::ip::address address = boost::asio::ip::make_address(url.host, ec);
  if (ec) return std::nullopt;  // a host name
  const std::optional<std::string_view> kind = NonPublicKind(address);
  if (!kind) return std::nullopt;
  return "must not be " + std::string(*kind) +
         ": webhooks go to public addresses only (webhooks.allow_private_networks)";
}

}  // namespace waymark::webhooks
