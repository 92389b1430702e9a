#pragma once

#include <string>
#include <string_view>

namespace waymark {

// Appends `text` to a CSV (RFC 4180) line as one cell: quoted when it holds a comma, a
// quote or a line break. A cell a spreadsheet would run as a formula (=, +, -, @ first) is
// prefixed with a quote, so an export opened in one cannot run what visitors sent.
void AppendCsvCell(std::string& line, std::string_view text);

}  // namespace waymark
