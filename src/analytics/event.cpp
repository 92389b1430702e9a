#include "analytics/event.hpp"

#include <array>
#include <utility>

namespace waymark::analytics {
namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 13> kNames{{
    {EventType::kView, "view"},
    {EventType::kClick, "click"},
    {EventType::kDismiss, "dismiss"},
    {EventType::kComplete, "complete"},
    {EventType::kReaction, "reaction"},
    {EventType::kOpen, "open"},
    {EventType::kPostView, "post_view"},
    {EventType::kTrack, "track"},
    {EventType::kPage, "page"},
    {EventType::kScreen, "screen"},
    {EventType::kIdentify, "identify"},
    {EventType::kGroup, "group"},
    {EventType::kAlias, "alias"},
}};

}  // namespace

std::string_view TypeName(EventType type) {
  for (const auto& [t, name] : kNames) {
    if (t == type) return name;
  }
  return "track";
}

std::optional<EventType> TypeNamed(std::string_view name) {
  for (const auto& [type, n] : kNames) {
    if (n == name) return type;
  }
  return std::nullopt;
}

}  // namespace waymark::analytics
