#include "http/response.hpp"

namespace waymark::http {

void Response::SetHeader(std::string_view name, std::string_view value) {
  // Room for the usual set (security headers, request id, caching) in one allocation.
  if (headers_.empty()) headers_.reserve(512);
  headers_.append(name).append(": ").append(value).append("\r\n");
}

bool Response::HasHeader(std::string_view name) const {
  // Headers are written by this server with their names as given, one per line.
  for (std::size_t at = 0; at < headers_.size();) {
    std::string_view line(headers_.data() + at, headers_.size() - at);
    if (line.starts_with(name) && line.substr(name.size()).starts_with(": ")) return true;
    std::size_t end = headers_.find("\r\n", at);
    if (end == std::string::npos) break;
    at = end + 2;
  }
  return false;
}

}  // namespace waymark::http
