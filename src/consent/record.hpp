#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

// A consent record: one choice a visitor made, kept as proof of consent. A visitor (one
// consent id, in their consent cookie) has a short history of them; the latest counts.
namespace waymark::consent {

struct ConsentRecord {
  std::string id;          // this record's own id
  std::string consent_id;  // the visitor's, from their cookie
  std::int64_t at_ms = 0;
  int policy_version = 0;
  bool functionality = false;
  bool withdrawn = false;  // recorded by DELETE /consent
  std::string ip;          // anonymized
  std::string user_agent;  // bounded
};

// Whether the visitor must be asked: never asked, or asked under an older policy.
bool NeedsChoice(const std::optional<ConsentRecord>& latest, int current_version);

// {"consentId", "at", "policyVersion", "functionality", "withdrawn",
//  "choices": {"strictlyNecessary": true, "functionality": bool}, "ip", "userAgent"}
boost::json::object RecordJson(const ConsentRecord& record);

// What /consent answers: {"policyVersion": current, "needsChoice": bool, "record": ... | null}
std::string ConsentAnswer(const std::optional<ConsentRecord>& latest, int current_version);

// The export as CSV (RFC 4180): a header line, then a line per record.
std::string RecordsCsvHeader();
std::string RecordCsvLine(const ConsentRecord& record);

}  // namespace waymark::consent
