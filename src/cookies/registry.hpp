#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The one list of every cookie Waymark sets, with what the cookie policy says of each.
// The server's Set-Cookie headers, the SDK's writes, the policy page, GET /api/v1/cookies
// and the browser audit all read it; a cookie that is not declared here is never set.
namespace waymark::cookies {

enum class CookieId {
  kToken,
  kBoostedViewed,
  kLastOpenedAt,
  kBoostedForbidden,
  kExtensionToken,
  kRecentlySavedEvent,
  kAnalyticsEvents,
  kDefaultMessageShowAt,
};

enum class Category { kStrictlyNecessary, kFunctionality };

struct CookieSpec {
  CookieId id;
  std::string_view suffix;  // the name after the configurable prefix: "TOKEN"
  std::string_view purpose;
  Category category;
  std::string_view set_by;
  // Unset: a session cookie, gone when the browser closes.
  std::optional<std::chrono::seconds> max_age;
  // The longer life the cookie may be given on request ("remember me"), when it has one.
  std::optional<std::chrono::seconds> extended_max_age;
  std::string_view content;
  std::size_t max_bytes;  // of the value
};

std::span<const CookieSpec> AllCookies();
const CookieSpec& Spec(CookieId id);

// Cookie names with the configured prefix ("_JIMO_" by default).
class CookieNames {
 public:
  explicit CookieNames(std::string prefix) : prefix_(std::move(prefix)) {}
  std::string Name(CookieId id) const { return prefix_ + std::string(Spec(id).suffix); }
  const std::string& prefix() const { return prefix_; }

 private:
  std::string prefix_;
};

}  // namespace waymark::cookies
