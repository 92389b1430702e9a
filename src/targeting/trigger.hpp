#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "targeting/json_reader.hpp"

// What makes an interaction appear once it may (the SDK waits for it):
//   {"type": "page_load", "delayMs": 0..600000}  (the default, with no delay)
//   {"type": "click", "selector": "<css>"}       a click on an element; the selector's
//                                                CSS syntax is checked by the editor
//   {"type": "manual"}                           only the SDK's boosted:trigger call
//   {"type": "event", "event": "<name>"}         the app tracks that custom event
namespace waymark::targeting {

inline constexpr std::int64_t kMaxDelayMs = 600000;  // ten minutes
inline constexpr std::size_t kMaxSelectorBytes = 1024;
inline constexpr std::size_t kMaxEventBytes = 100;

enum class TriggerKind : std::uint8_t { kPageLoad, kClick, kManual, kEvent };

struct Trigger {
  TriggerKind kind = TriggerKind::kPageLoad;
  std::int64_t delay_ms = 0;  // page_load
  std::string selector;       // click
  std::string event;          // event
};

std::string_view TriggerName(TriggerKind kind);  // "page_load", "click", "manual", "event"

std::optional<Trigger> ParseTrigger(const boost::json::value& json, std::string_view path,
                                    ErrorList& errors);
boost::json::value ToJson(const Trigger& trigger);

}  // namespace waymark::targeting
