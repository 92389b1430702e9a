#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "targeting/conditions.hpp"
#include "targeting/decision.hpp"
#include "targeting/json_reader.hpp"
#include "targeting/string_map.hpp"

// Who may see an interaction:
//   {"type": "everyone"}                         (the default)
//   {"type": "segments", "segmentIds": [...]}    1 to 20 segment ids; a user in ANY of them
//   {"type": "conditions", "conditions": <group>} a group of conditions (conditions.hpp)
namespace waymark::targeting {

inline constexpr std::size_t kMaxSegmentIds = 20;
inline constexpr std::size_t kMaxSegmentIdBytes = 100;

// A project's segments by id, each its compiled conditions (owned by the caller).
using SegmentMap = StringMap<const Conditions*>;

struct Audience {
  enum class Kind : std::uint8_t { kEveryone, kSegments, kConditions };
  Kind kind = Kind::kEveryone;
  std::vector<std::string> segment_ids;  // kSegments
  std::optional<Conditions> conditions;  // kConditions
};

// kEligible, kAudience, or kSegmentMissing when every segment the audience names is gone
// (a missing segment matches nobody; the others still may).
Reason CheckAudience(const Audience& audience, const EndUser& user, std::int64_t now,
                     const SegmentMap& segments);

std::optional<Audience> ParseAudience(const boost::json::value& json, std::string_view path,
                                      ErrorList& errors);
boost::json::value ToJson(const Audience& audience);

}  // namespace waymark::targeting
