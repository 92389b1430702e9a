#include "ops/metrics_access.hpp"

#include <boost/asio/ip/address.hpp>

#include "core/crypto.hpp"

namespace waymark::ops {
namespace {

bool IsLoopback(std::string_view peer) {
  boost::system::error_code ec;
  boost::asio::ip::address address = boost::asio::ip::make_address(peer, ec);
  if (ec) return false;
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return address.to_v6().to_v4().is_loopback();
  }
  return address.is_loopback();
}

}  // namespace

bool MetricsAllowed(std::string_view peer, std::string_view forwarded_for,
                    std::string_view authorization, std::string_view token) {
  if (!token.empty()) {
    constexpr std::string_view kScheme = "Bearer ";
    return authorization.starts_with(kScheme) &&
           crypto::ConstantTimeEquals(authorization.substr(kScheme.size()), token);
  }
  return forwarded_for.empty() && IsLoopback(peer);
}

}  // namespace waymark::ops
