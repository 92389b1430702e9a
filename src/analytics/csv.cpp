#include "analytics/csv.hpp"

#include "core/csv_cell.hpp"
#include "core/time_format.hpp"

namespace waymark::analytics {

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
    AppendCsvCell(line, cells[i]);
  }
  line.push_back(',');
  line.append(Iso8601Millis(IntOf(row[6])));
  line.push_back(',');
  line.append(Iso8601Millis(IntOf(row[7])));
  line.push_back(',');
  AppendCsvCell(line, TextOf(row[8]));
  line.append("\r\n");
  return line;
}

}  // namespace waymark::analytics
