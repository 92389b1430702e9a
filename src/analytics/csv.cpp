#include "analytics/csv.hpp"

#include <cstdio>

#include "core/time_format.hpp"

namespace waymark::analytics {
namespace {

void AppendCell(std::string& line, std::string_view text) {
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

// "2026-11-24T09:30:00.250Z": the API's ISO 8601 with the event's milliseconds.
std::string IsoMillis(std::int64_t ms) {
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(ms % 1000));
  return Iso8601(ms / 1000).insert(19, fraction);
}

}  // namespace

std::string CsvHeader() {
  return "id,type,name,userId,anonymousId,interactionId,postId,time,receivedAt,props\r\n";
}

std::string CsvLine(const std::vector<store::Value>& row) {
  using store::IntOf;
  using store::TextOf;
  const std::string user = TextOf(row[3]);
  const bool identified = user.starts_with("u:");
  const std::string id = user.size() > 2 ? user.substr(2) : std::string();
  const std::vector<std::string> cells{TextOf(row[0]),       TextOf(row[1]),       TextOf(row[2]),
                                       identified ? id : "", identified ? "" : id, TextOf(row[4]),
                                       TextOf(row[5])};
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line.push_back(',');
    AppendCell(line, cells[i]);
  }
  line.push_back(',');
  line.append(IsoMillis(IntOf(row[6])));
  line.push_back(',');
  line.append(IsoMillis(IntOf(row[7])));
  line.push_back(',');
  AppendCell(line, TextOf(row[8]));
  line.append("\r\n");
  return line;
}

}  // namespace waymark::analytics
