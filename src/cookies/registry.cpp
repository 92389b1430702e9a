#include "cookies/registry.hpp"

#include <xxhash.h>

#include <array>
#include <string>

namespace waymark::cookies {
namespace {

using std::chrono::seconds;
constexpr seconds kDay{24 * 3600};
constexpr seconds kYear = 365 * kDay;
constexpr unsigned kServer = static_cast<unsigned>(Writer::kServer);
constexpr unsigned kScript = static_cast<unsigned>(Writer::kScript);

constexpr std::array kCookies{
    CookieSpec{CookieId::kToken, "TOKEN", "Keeps a signed-in maker's session.",
               Category::kStrictlyNecessary,
               "the server, on the site and dashboard; the SDK, for an identified end-user's "
               "session token",
               std::nullopt, 30 * kDay, "an opaque random token; the server keeps only its hash",
               64, kServer | kScript},
    CookieSpec{CookieId::kBoostedViewed, "BOOSTED_VIEWED",
               "Remembers which in-app messages the user has seen.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "a compact list of interaction ids, oldest dropped first", 1024, kScript},
    CookieSpec{CookieId::kLastOpenedAt, "LAST_OPENED_AT",
               "Remembers when the user last opened the changelog widget, for the unread badge.",
               Category::kFunctionality, "the SDK, on the customer's site", kYear, std::nullopt,
               "a time in epoch milliseconds", 16, kScript},
    CookieSpec{CookieId::kBoostedForbidden, "BOOSTED_FORBIDDEN",
               "Remembers in-app messages that must not be shown again.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "ids of interactions dismissed for good or excluded by rules", 1024, kScript},
    CookieSpec{CookieId::kExtensionToken, "EXTENSION_TOKEN",
               "Keeps the browser extension's session.", Category::kStrictlyNecessary,
               "the server issues it; the browser extension keeps it for the dashboard", 30 * kDay,
               std::nullopt, "an opaque token scoped to builder actions, revocable", 64, kServer},
    CookieSpec{CookieId::kRecentlySavedEvent, "RECENTLY_SAVED_EVENT",
               "Remembers which analytics events the server has saved, so none is sent twice.",
               Category::kFunctionality, "the SDK, on the customer's site", std::nullopt,
               std::nullopt, "ids of the last events the server acknowledged", 1024, kScript},
    CookieSpec{CookieId::kAnalyticsEvents, "ANALYTICS_EVENTS",
               "Holds analytics events until they are sent.", Category::kFunctionality,
               "the SDK, on the customer's site", std::nullopt, std::nullopt,
               "a compact queue of unsent events", 3072, kScript},
    CookieSpec{CookieId::kDefaultMessageShowAt, "DEFAULT_MESSAGE_SHOW_AT",
               "Remembers when the badge message was last shown.", Category::kFunctionality,
               "the SDK, on the customer's site", kYear, std::nullopt,
               "a time in epoch milliseconds", 16, kScript},
    CookieSpec{CookieId::kConsent, "CONSENT",
               "Remembers the visitor's cookie choice on this site, and which consent record "
               "proves it.",
               Category::kStrictlyNecessary, "the server, on the site and dashboard", 180 * kDay,
               std::nullopt,
               "a random consent id and its signature; the choice stays on the server", 96,
               kServer},
};

// Version 1: the eight cookies of the policy and the consent choice.
constexpr PolicyVersion kPolicy{1, "2026-11-25", 5392946212439954303u};

}  // namespace

std::span<const CookieSpec> AllCookies() {
  return kCookies;
}

WriterAttributes AttributesOf(Writer writer) {
  if (writer == Writer::kServer) return {true, true, "Lax", "/"};
  return {false, false, "Lax", "/"};
}

const PolicyVersion& CurrentPolicy() {
  return kPolicy;
}

std::uint64_t RegistryFingerprint() {
  std::string declared;
  for (const CookieSpec& spec : kCookies) {
    for (std::string_view part : {spec.suffix, spec.purpose, spec.set_by, spec.content}) {
      declared.append(part).push_back('\0');
    }
    for (long long number :
         {static_cast<long long>(spec.category), spec.max_age ? spec.max_age->count() : -1LL,
          spec.extended_max_age ? spec.extended_max_age->count() : -1LL,
          static_cast<long long>(spec.max_bytes), static_cast<long long>(spec.writers)}) {
      declared.append(std::to_string(number)).push_back('\0');
    }
  }
  return XXH3_64bits(declared.data(), declared.size());
}

std::string_view CategoryName(Category category) {
  return category == Category::kStrictlyNecessary ? "strictly-necessary" : "functionality";
}

std::string_view WriterName(Writer writer) {
  return writer == Writer::kServer ? "server" : "script";
}

const CookieSpec& Spec(CookieId id) {
  // The table lists the ids in declaration order, so the id is the index.
  return kCookies[static_cast<std::size_t>(id)];
}

}  // namespace waymark::cookies
