#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
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
  kConsent,
};

enum class Category { kStrictlyNecessary, kFunctionality };

// Who writes a cookie, which decides its attributes (WriterAttributes).
enum class Writer : unsigned {
  kServer = 1,  // a Set-Cookie header of this server
  kScript = 2,  // the SDK's JavaScript, on the page that loaded it
};

// The attributes every cookie of one writer carries.
struct WriterAttributes {
  bool http_only;
  bool secure_always;  // false: Secure only on https pages (a script on http cannot set it)
  std::string_view same_site;
  std::string_view path;
};
WriterAttributes AttributesOf(Writer writer);

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
  unsigned writers;       // Writer bits

  bool WrittenBy(Writer writer) const { return (writers & static_cast<unsigned>(writer)) != 0; }
  // The longest life the cookie may be given; nullopt for a session cookie only.
  std::optional<std::chrono::seconds> LongestLife() const {
    return extended_max_age ? extended_max_age : max_age;
  }
};

// The cookie policy as a whole: one version and one date. Any change to what the registry
// declares is a new version, which asks every visitor for their choice again; a unit test
// holds the registry's fingerprint beside the version, so the two cannot drift apart.
struct PolicyVersion {
  int version;
  std::string_view updated;   // "2026-11-25"
  std::uint64_t fingerprint;  // RegistryFingerprint() of the registry this version declares
};
const PolicyVersion& CurrentPolicy();
std::uint64_t RegistryFingerprint();

std::string_view CategoryName(Category category);  // "strictly-necessary", "functionality"
std::string_view WriterName(Writer writer);        // "server", "script"

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
