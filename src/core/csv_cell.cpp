#include "core/csv_cell.hpp"

namespace waymark {

void AppendCsvCell(std::string& line, std::string_view text) {
  std::string cell;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    cell.push_back('\'');
  }
  cell.append(text);
  const bool quoted = cell.find_first_of(",\"\r\n") != std::string::npos;
  if (!quoted) {
    line.append(cell);
    return;
  }
  line.push_back('"');
  for (char c : cell) {
    if (c == '"') line.push_back('"');
    line.push_back(c);
  }
  line.push_back('"');
}

}  // namespace waymark
