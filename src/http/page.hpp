#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "http/request.hpp"
#include "http/response.hpp"

namespace waymark::http {

// Where the next page of the log starts: the (time, id) of the last event shown, written
// as "TIME.ID" so clients pass it back without looking inside.
struct Cursor {
  std::int64_t at = 0;
  std::string id;
};

std::string FormatCursor(const Cursor& cursor);
std::optional<Cursor> ParseCursor(std::string_view text);

// What a list request asks for: `?limit=` (default 50) and `?cursor=` (the first page
// when absent), or a 400 naming the parameter at fault.
struct PageRequest {
  int limit = 50;
  std::optional<Cursor> after;
};
std::variant<PageRequest, Response> ReadPageRequest(const Request& request);

// The page size asked for: 50 when absent, nullopt when not a number from 1 to 200.
std::optional<int> ParseLimit(std::optional<std::string> text);

}  // namespace waymark::http
