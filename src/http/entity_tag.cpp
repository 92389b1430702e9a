#include "http/entity_tag.hpp"

#include <charconv>

namespace waymark::http {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Whether one listed tag (`"7"` or `W/"7"`) names `version`.
bool Names(std::string_view tag, std::int64_t version) {
  if (tag.starts_with("W/")) tag.remove_prefix(2);
  if (tag.size() < 3 || tag.front() != '"' || tag.back() != '"') return false;
  tag = tag.substr(1, tag.size() - 2);
  std::int64_t named = 0;
  auto [end, ec] = std::from_chars(tag.data(), tag.data() + tag.size(), named);
  return ec == std::errc() && end == tag.data() + tag.size() && named == version;
}

}  // namespace

std::string EntityTag(std::int64_t version) {
  return "\"" + std::to_string(version) + "\"";
}

bool IfMatchAllows(std::string_view header, std::int64_t version) {
  header = Trim(header);
  if (header.empty() || header == "*") return true;
  while (!header.empty()) {
    std::size_t comma = header.find(',');
    if (Names(Trim(header.substr(0, comma)), version)) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace waymark::http
