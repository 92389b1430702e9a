#include "http/serializer.hpp"

#include <charconv>
#include <ctime>

namespace waymark::http {

std::string_view CachedHttpDate() {
  struct Cache {
    std::time_t second = -1;
    char text[40] = {};
    std::size_t size = 0;
  };
  thread_local Cache cache;
  std::time_t now = std::time(nullptr);
  if (now != cache.second) {
    std::tm utc;
    gmtime_r(&now, &utc);
    cache.size = std::strftime(cache.text, sizeof cache.text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    cache.second = now;
  }
  return {cache.text, cache.size};
}

bool StatusAllowsBody(StatusCode status) {
  unsigned code = static_cast<unsigned>(status);
  return code >= 200 && code != 204 && code != 304;
}

void AppendHead(std::string& out, const Response& response, bool keep_alive) {
  char digits[24];
  auto append_number = [&](std::uint64_t n) {
    auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
  };

  out.append("HTTP/1.1 ");
  append_number(static_cast<unsigned>(response.status));
  out.push_back(' ');
  out.append(boost::beast::http::obsolete_reason(response.status));
  out.append("\r\nDate: ");
  out.append(CachedHttpDate());
  out.append("\r\nServer: waymark\r\n");
  if (StatusAllowsBody(response.status)) {
    if (!response.content_type.empty()) {
      out.append("Content-Type: ").append(response.content_type).append("\r\n");
    }
    if (response.stream()) {
      out.append("Transfer-Encoding: chunked\r\n");
    } else {
      out.append("Content-Length: ");
      append_number(response.body().size());
      out.append("\r\n");
    }
  }
  if (!keep_alive) out.append("Connection: close\r\n");
  out.append(response.headers());
  out.append("\r\n");
}

}  // namespace waymark::http
