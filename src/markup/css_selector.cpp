#include "markup/css_selector.hpp"

#include "markup/css_parser.hpp"
#include "markup/utf8.hpp"

namespace waymark::markup {
namespace {

std::optional<std::size_t> FirstControl(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7f) return i;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> CssSelectorError(std::string_view selector) {
  if (selector.find_first_not_of(' ') == std::string_view::npos) return "is empty";
  if (selector.size() > kMaxSelectorBytes) {
    return "is longer than " + std::to_string(kMaxSelectorBytes) + " bytes";
  }
  if (auto at = FirstControl(selector)) {
    return "has a control character at " + std::to_string(*at);
  }
  if (!IsValidUtf8(selector)) return "is not valid UTF-8";
  return CssParser(selector).Run();
}

}  // namespace waymark::markup
