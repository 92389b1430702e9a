#include "changelog/xml_text.hpp"

#include "markup/html.hpp"
#include "markup/utf8.hpp"

namespace waymark::changelog {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0, section 2.2: the Char production.
bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

}  // namespace

void AppendXmlText(std::string& out, std::string_view text) {
  out.reserve(out.size() + text.size());
  for (std::size_t at = 0; at < text.size();) {
    const markup::Utf8Char c = markup::DecodeUtf8(text, at);
    if (!c.valid) {
      out += kReplacement;
    } else if (c.length > 1) {
      if (IsXmlChar(c.code_point)) out.append(text, at, c.length);
    } else if (IsXmlChar(c.code_point)) {
      // The five characters HTML escapes are the ones XML needs escaped too.
      markup::AppendEscapedHtml(out, text.substr(at, 1));
    }
    at += c.length;
  }
}

std::string XmlText(std::string_view text) {
  std::string out;
  AppendXmlText(out, text);
  return out;
}

}  // namespace waymark::changelog
