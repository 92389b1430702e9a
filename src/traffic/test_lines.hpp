#pragma once

#include <zlib.h>

#include <string>

namespace waymark::traffic::test {

// A Combined log line as nginx writes it, with defaults for what a test does not care about.
struct LineSpec {
  std::string address = "203.0.113.7";
  std::string time = "01/Nov/2026:10:00:00 +0000";
  std::string request = "GET / HTTP/1.1";
  int status = 200;
  std::string bytes = "512";
  std::string referrer = "-";
  std::string agent = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
};

inline std::string Line(const LineSpec& spec) {
  return spec.address + " - - [" + spec.time + "] \"" + spec.request + "\" " +
         std::to_string(spec.status) + " " + spec.bytes + " \"" + spec.referrer + "\" \"" +
         spec.agent + "\"";
}

// `text` as a gzip file holds it.
inline std::string Gzip(const std::string& text) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, text.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace waymark::traffic::test
