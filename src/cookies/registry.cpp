#include "cookies/registry.hpp"

#include <array>

namespace waymark::cookies {
namespace {

using std::chrono::seconds;
constexpr seconds kDay{24 * 3600};
constexpr seconds kYear = 365 * kDay;

constexpr std::array kCookies{
    CookieSpec{CookieId::kToken, "TOKEN", "Keeps a signed-in maker's session.",
               Category::kStrictlyNecessary,
               "the server, on the site and dashboard; the SDK, for an identified end-user's "
               "session token",
               std::nullopt, 30 * kDay, "an opaque random token; the server keeps only its hash",
               64},
    CookieSpec{CookieId::kBoostedViewed, "BOOSTED_VIEWED",
               "Remembers which in-app messages the user has seen.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "a compact list of interaction ids, oldest dropped first", 1024},
    CookieSpec{CookieId::kLastOpenedAt, "LAST_OPENED_AT",
               "Remembers when the user last opened the changelog widget, for the unread badge.",
               Category::kFunctionality, "the SDK, on the customer's site", kYear, std::nullopt,
               "a time in epoch milliseconds", 16},
    CookieSpec{CookieId::kBoostedForbidden, "BOOSTED_FORBIDDEN",
               "Remembers in-app messages that must not be shown again.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "ids of interactions dismissed for good or excluded by rules", 1024},
    CookieSpec{CookieId::kExtensionToken, "EXTENSION_TOKEN",
               "Keeps the browser extension's session.", Category::kStrictlyNecessary,
               "the server issues it; the browser extension keeps it for the dashboard", 30 * kDay,
               std::nullopt, "an opaque token scoped to builder actions, revocable", 64},
    CookieSpec{CookieId::kRecentlySavedEvent, "RECENTLY_SAVED_EVENT",
               "Remembers which analytics events the server has saved, so none is sent twice.",
               Category::kFunctionality, "the SDK, on the customer's site", std::nullopt,
               std::nullopt, "ids of the last events the server acknowledged", 1024},
    CookieSpec{CookieId::kAnalyticsEvents, "ANALYTICS_EVENTS",
               "Holds analytics events until they are sent.", Category::kFunctionality,
               "the SDK, on the customer's site", std::nullopt, std::nullopt,
               "a compact queue of unsent events", 3072},
    CookieSpec{CookieId::kDefaultMessageShowAt, "DEFAULT_MESSAGE_SHOW_AT",
               "Remembers when the badge message was last shown.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "a time in epoch milliseconds", 16},
};

}  // namespace

std::span<const CookieSpec> AllCookies() {
  return kCookies;
}

const CookieSpec& Spec(CookieId id) {
  // The table lists the ids in declaration order, so the id is the index.
  return kCookies[static_cast<std::size_t>(id)];
}

}  // namespace waymark::cookies
