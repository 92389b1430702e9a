#pragma once

#include <string>
#include <string_view>

#include "http/response.hpp"

namespace waymark::http {

// The IMF-fixdate of the current second, formatted once a second per thread.
std::string_view CachedHttpDate();

// Appends the status line and headers of `response` to `out`; the body is written after
// it by the caller (and not at all for HEAD, whose head still announces the length).
void AppendHead(std::string& out, const Response& response, bool keep_alive);

// Whether a response with this status carries a body at all.
bool StatusAllowsBody(StatusCode status);

}  // namespace waymark::http
