#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

// The checks every event passes, whichever API it came through. Each answers either the
// value to store or the reason to refuse it.
namespace waymark::analytics {

inline constexpr std::size_t kMaxEventBytes = 32 * 1024;
inline constexpr std::size_t kMaxRequestBytes = 500 * 1024;
inline constexpr std::size_t kMaxEventsPerRequest = 1000;
inline constexpr std::int64_t kMaxAgeMs = 30LL * 24 * 3600 * 1000;
// A client clock running ahead by up to this much is corrected to the server's time;
// further ahead, the time is wrong rather than skewed.
inline constexpr std::int64_t kMaxAheadMs = 24LL * 3600 * 1000;

// A refusal's reason, for Rejection::reason.
struct Refused {
  std::string reason;
};

template <typename T>
using Checked = std::variant<T, Refused>;

// A UUID in its 8-4-4-4-12 hex form, lowercased.
Checked<std::string> CanonicalUuid(std::string_view text);

// An event's time, clamped: no later than `now`, and refused when older than kMaxAgeMs or
// more than kMaxAheadMs ahead of `now`.
Checked<std::int64_t> ClampTime(std::int64_t ts, std::int64_t now);

// Names, ids and user ids: 1 to `max` bytes, no control characters.
Checked<std::string> PlainText(const boost::json::value& value, std::size_t max);

// The id of an interaction or post: what the server's own ids look like (letters, digits,
// '-' and '_', at most 64).
Checked<std::string> ObjectId(const boost::json::value& value);

// The user an event belongs to, as Event::user_key: the product's user id when given, else
// the anonymous id. Null pointers are absent fields.
Checked<std::string> UserKey(const boost::json::value* user_id,
                             const boost::json::value* anonymous_id);

// Properties: a JSON object, kept as its text.
Checked<std::string> PropsText(const boost::json::value& value);

}  // namespace waymark::analytics
