#include "http/response.hpp"

namespace waymark::http {

void Response::SetHeader(std::string_view name, std::string_view value) {
  // Room for the usual set (security headers, request id, caching) in one allocation.
  if (headers_.empty()) headers_.reserve(512);
  headers_.append(name).append(": ").append(value).append("\r\n");
}

}  // namespace waymark::http
