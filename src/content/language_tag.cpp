#include "content/language_tag.hpp"

#include <algorithm>

namespace waymark::content {
namespace {

bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAlnum(char c) {
  return IsAlpha(c) || (c >= '0' && c <= '9');
}

}  // namespace

bool IsLanguageTag(std::string_view tag) {
  if (tag.size() > 35) return false;
  std::string_view language = PrimaryLanguage(tag);
  if (language.size() < 2 || language.size() > 3 || !std::ranges::all_of(language, IsAlpha)) {
    return false;
  }
  std::string_view rest = tag.substr(language.size());
  while (!rest.empty()) {
    rest.remove_prefix(1);  // the '-'
    std::size_t end = std::min(rest.find('-'), rest.size());
    std::string_view subtag = rest.substr(0, end);
    if (subtag.empty() || subtag.size() > 8 || !std::ranges::all_of(subtag, IsAlnum)) return false;
    rest.remove_prefix(end);
  }
  return true;
}

std::string_view PrimaryLanguage(std::string_view tag) {
  return tag.substr(0, tag.find('-'));
}

}  // namespace waymark::content
