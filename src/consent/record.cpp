#include "consent/record.hpp"

#include <boost/json/serialize.hpp>

#include "core/csv_cell.hpp"
#include "core/time_format.hpp"

namespace waymark::consent {

bool NeedsChoice(const std::optional<ConsentRecord>& latest, int current_version) {
  return !latest || latest->policy_version != current_version;
}

boost::json::object RecordJson(const ConsentRecord& record) {
  return {{"consentId", record.consent_id},
          {"recordId", record.id},
          {"at", Iso8601Millis(record.at_ms)},
          {"policyVersion", record.policy_version},
          {"functionality", record.functionality},
          {"withdrawn", record.withdrawn},
          {"choices", {{"strictlyNecessary", true}, {"functionality", record.functionality}}},
          {"ip", record.ip},
          {"userAgent", record.user_agent}};
}

std::string ConsentAnswer(const std::optional<ConsentRecord>& latest, int current_version) {
  boost::json::object answer{{"policyVersion", current_version},
                             {"needsChoice", NeedsChoice(latest, current_version)}};
  answer["record"] = latest ? boost::json::value(RecordJson(*latest)) : nullptr;
  return boost::json::serialize(answer);
}

std::string RecordsCsvHeader() {
  return "recordId,consentId,at,policyVersion,strictlyNecessary,functionality,withdrawn,ip,"
         "userAgent\r\n";
}

std::string RecordCsvLine(const ConsentRecord& record) {
  std::string line;
  AppendCsvCell(line, record.id);
  line.append(",");
  AppendCsvCell(line, record.consent_id);
  line.append(",").append(Iso8601Millis(record.at_ms));
  line.append(",").append(std::to_string(record.policy_version));
  line.append(",true,").append(record.functionality ? "true" : "false");
  line.append(",").append(record.withdrawn ? "true" : "false").append(",");
  AppendCsvCell(line, record.ip);
  line.append(",");
  AppendCsvCell(line, record.user_agent);
  line.append("\r\n");
  return line;
}

}  // namespace waymark::consent
