#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "http/json_fields.hpp"

// How a project's widget behaves on the makers' sites, as the project settings hold it:
//   allowedOrigins        origins whose pages may use the widget (http/origin_pattern.hpp);
//                         none by default, so a new project is used from nowhere until
//                         its makers say where it lives
//   identityVerification  identified users must prove their id with an HMAC (docs/sdk.md)
//   consentMode           "always": the functionality cookies are part of the service the
//                         end-user asked for; "host": none until the host site's consent
//                         tool says yes; "never": state in memory only
//   look                  {accentColor "#rrggbb", position "bottom-right" | "bottom-left",
//                          launcher bool, badgeMessage {text, repeat "once" | "daily" |
//                          "weekly" | "always"}}
namespace waymark::content {

inline constexpr std::size_t kMaxAllowedOrigins = 50;

struct WidgetSettings {
  std::vector<std::string> allowed_origins;  // canonical patterns
  bool identity_required = false;
  std::int64_t identity_generation = 1;  // bumped to rotate the identity secret
  std::string consent_mode = "always";
  boost::json::object look = DefaultLook();

  static boost::json::object DefaultLook();
};

// The settings from their stored columns; defaults stand in for anything unreadable.
WidgetSettings WidgetSettingsOf(std::string_view origins_json, bool identity_required,
                                std::int64_t identity_generation, std::string consent_mode,
                                std::string_view look_json);
std::string OriginsJson(const WidgetSettings& settings);  // the stored forms
std::string LookJson(const WidgetSettings& settings);

// Reads the members of a project PATCH that change the widget, each optional, over
// `settings`; errors are recorded in `fields`. `look` is merged member by member.
void ReadWidgetSettings(http::JsonFields& fields, WidgetSettings& settings);

// The members the project API shows: allowedOrigins, identityVerification, consentMode, look.
void PutWidgetSettings(const WidgetSettings& settings, boost::json::object& project);

}  // namespace waymark::content
