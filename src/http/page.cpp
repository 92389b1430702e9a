#include "http/page.hpp"

#include <charconv>

#include "http/problem.hpp"

namespace waymark::http {

std::string FormatCursor(const Cursor& cursor) {
  return std::to_string(cursor.at) + "." + cursor.id;
}

std::optional<Cursor> ParseCursor(std::string_view text) {
  std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot + 1 == text.size()) return std::nullopt;
  Cursor cursor;
  auto [end, ec] = std::from_chars(text.data(), text.data() + dot, cursor.at);
  if (ec != std::errc() || end != text.data() + dot) return std::nullopt;
  cursor.id = text.substr(dot + 1);
  return cursor;
}

std::optional<int> ParseLimit(std::optional<std::string> text) {
  if (!text) return 50;
  int limit = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), limit);
  if (ec != std::errc() || end != text->data() + text->size() || limit < 1 || limit > 200) {
    return std::nullopt;
  }
  return limit;
}

std::variant<PageRequest, Response> ReadPageRequest(const Request& request) {
  PageRequest page;
  std::optional<int> limit = ParseLimit(request.QueryParam("limit"));
  if (!limit) return BadRequest("limit must be a number from 1 to 200.", "limit");
  page.limit = *limit;
  if (auto text = request.QueryParam("cursor")) {
    page.after = ParseCursor(*text);
    if (!page.after) return BadRequest("cursor is not one this API returned.", "cursor");
  }
  return page;
}

}  // namespace waymark::http
