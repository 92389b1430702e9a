#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/json_fields.hpp"
#include "targeting/history.hpp"

// An end-user's state with a project's widget: which interactions they saw and how often,
// which must not show again, and when they last opened the feed. The SDK keeps it in
// cookies (docs/sdk.md); for identified end-users the server keeps it too, and the two are
// merged at every boot, so state follows a person from one device to another.
namespace waymark::widget {

inline constexpr std::size_t kMaxStateEntries = 200;  // of each list, as a client may send

struct Viewed {
  std::string id;
  std::int64_t times = 0;
  std::int64_t last_shown_ms = 0;
  bool operator==(const Viewed&) const = default;
};

struct State {
  std::vector<Viewed> viewed;          // one entry per interaction
  std::vector<std::string> forbidden;  // no duplicates
  std::optional<std::int64_t> last_opened_ms;
  bool operator==(const State&) const = default;
};

// Both states in one: every interaction seen in either, with the larger count and the
// later time; every forbidden id of either; the later opening. Order: `a`'s entries first.
State Merge(const State& a, const State& b);

// What targeting needs to know of the past (times in Unix seconds). Only each
// interaction's last show is known, so only those count toward the rate limit.
targeting::History HistoryOf(const State& state);

// {"viewed": [{"id", "times", "lastShownAt"}], "forbidden": [...], "lastOpenedAt": ms | null}
boost::json::object StateJson(const State& state);

// Reads a state object from a request; errors are named under `fields`' prefix. Entries
// beyond kMaxStateEntries are an error, not dropped, so a client with a bug learns of it.
State ReadState(http::JsonFields& fields);

}  // namespace waymark::widget
