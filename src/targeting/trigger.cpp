#include "targeting/trigger.hpp"

#include <boost/json/object.hpp>

namespace waymark::targeting {

std::string_view TriggerName(TriggerKind kind) {
  switch (kind) {
    case TriggerKind::kPageLoad:
      return "page_load";
    case TriggerKind::kClick:
      return "click";
    case TriggerKind::kManual:
      return "manual";
    case TriggerKind::kEvent:
      return "event";
  }
  return "page_load";
}

std::optional<Trigger> ParseTrigger(const boost::json::value& json, std::string_view path,
                                    ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), errors);
  Trigger trigger;
  auto type = members.Choice("type", {"page_load", "click", "manual", "event"});
  // Each type reads only its own members, so a member of another type is refused.
  if (type == "page_load") {
    trigger.delay_ms = members.Integer("delayMs", 0, kMaxDelayMs, 0).value_or(0);
  } else if (type == "click") {
    trigger.kind = TriggerKind::kClick;
    trigger.selector = members.Text("selector", 1, kMaxSelectorBytes).value_or("");
  } else if (type == "manual") {
    trigger.kind = TriggerKind::kManual;
  } else if (type == "event") {
    trigger.kind = TriggerKind::kEvent;
    trigger.event = members.Text("event", 1, kMaxEventBytes).value_or("");
  }
  if (type) members.RejectOthers();
  if (!members.clean()) return std::nullopt;
  return trigger;
}

boost::json::value ToJson(const Trigger& trigger) {
  boost::json::object json{{"type", TriggerName(trigger.kind)}};
  switch (trigger.kind) {
    case TriggerKind::kPageLoad:
      json["delayMs"] = trigger.delay_ms;
      break;
    case TriggerKind::kClick:
      json["selector"] = trigger.selector;
      break;
    case TriggerKind::kManual:
      break;
    case TriggerKind::kEvent:
      json["event"] = trigger.event;
      break;
  }
  return json;
}

}  // namespace waymark::targeting
