#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

// The events a webhook is told of. Their names are part of the API and of receivers' code:
// never rename one.
namespace waymark::webhooks {

inline constexpr std::string_view kInteractionCompleted = "interaction.completed";
inline constexpr std::string_view kInteractionDismissed = "interaction.dismissed";
inline constexpr std::string_view kPostPublished = "post.published";
// Sent to one webhook on request (POST .../test), whatever it subscribes to.
inline constexpr std::string_view kPing = "ping";

// The events a webhook may subscribe to.
inline constexpr std::array<std::string_view, 3> kSubscribableEvents{
    kInteractionCompleted, kInteractionDismissed, kPostPublished};

bool IsSubscribable(std::string_view event);

// How a webhook's events are stored: a JSON list, ["post.published"], in the order given.
std::string EventsText(const std::vector<std::string>& events);
std::vector<std::string> EventsFromText(std::string_view text);

}  // namespace waymark::webhooks
