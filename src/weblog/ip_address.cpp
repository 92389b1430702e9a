#include "weblog/ip_address.hpp"

namespace waymark::weblog {

std::optional<boost::asio::ip::address> ParseIp(std::string_view text) {
  if (text.empty() || text.find('%') != std::string_view::npos) return std::nullopt;
  boost::system::error_code error;
  auto address = boost::asio::ip::make_address(text, error);
  if (error) return std::nullopt;
  return address;
}

std::string_view TrimBlanks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace waymark::weblog
