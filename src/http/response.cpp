#include "http/response.hpp"

namespace waymark::http {

void Response::SetHeader(std::string_view name, std::string_view value) {
  headers_.append(name).append(": ").append(value).append("\r\n");
}

}  // namespace waymark::http
