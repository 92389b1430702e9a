#include "content/widget_settings.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>

#include "http/origin_pattern.hpp"

namespace waymark::content {
namespace {

bool IsHexColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return false;
  for (char c : text.substr(1)) {
    if (std::isxdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return true;
}

void ReadBadgeMessage(http::JsonFields& look, boost::json::object& out) {
  auto message = look.OptionalObject("badgeMessage");
  if (!message) return;
  http::JsonFields fields = http::JsonFields::Of(std::move(*message), look.Path("badgeMessage."));
  boost::json::object& badge = out["badgeMessage"].as_object();
  if (auto text = fields.OptionalText("text", {.max_length = 140})) badge["text"] = *text;
  if (auto repeat = fields.OptionalChoice("repeat", {"once", "daily", "weekly", "always"})) {
    badge["repeat"] = *repeat;
  }
  fields.RejectOthers();
  look.Absorb(fields);
}

void ReadLook(http::JsonFields& fields, boost::json::object& out) {
  auto object = fields.OptionalObject("look");
  if (!object) return;
  http::JsonFields look = http::JsonFields::Of(std::move(*object), "look.");
  if (auto color = look.OptionalText("accentColor", {.max_length = 7})) {
    if (IsHexColor(*color)) {
      out["accentColor"] = *color;
    } else {
      look.Fail("accentColor", "must be a colour written #rrggbb");
    }
  }
  if (auto position = look.OptionalChoice("position", {"bottom-right", "bottom-left"})) {
    out["position"] = *position;
  }
  if (look.OptionalValue("launcher") != nullptr) {
    out["launcher"] = look.Bool("launcher", out["launcher"].as_bool());
  }
  ReadBadgeMessage(look, out);
  look.RejectOthers();
  fields.Absorb(look);
}

void ReadOrigins(http::JsonFields& fields, WidgetSettings& settings) {
  auto listed = fields.OptionalTextList("allowedOrigins", {.min_length = 1, .max_length = 300},
                                        kMaxAllowedOrigins);
  if (!listed) return;
  std::vector<std::string> origins;
  for (std::size_t i = 0; i < listed->size(); ++i) {
    std::string error;
    auto canonical = http::CanonicalOriginPattern((*listed)[i], error);
    if (canonical) {
      origins.push_back(std::move(*canonical));
    } else {
      fields.Fail("allowedOrigins[" + std::to_string(i) + "]", error);
    }
  }
  settings.allowed_origins = std::move(origins);
}

}  // namespace

boost::json::object WidgetSettings::DefaultLook() {
  return {{"accentColor", "#4f46e5"},
          {"position", "bottom-right"},
          {"launcher", true},
          {"badgeMessage", {{"text", ""}, {"repeat", "daily"}}}};
}

WidgetSettings WidgetSettingsOf(std::string_view origins_json, bool identity_required,
                                std::int64_t identity_generation, std::string consent_mode,
                                std::string_view look_json) {
  WidgetSettings settings;
  settings.identity_required = identity_required;
  settings.identity_generation = identity_generation;
  settings.consent_mode = std::move(consent_mode);
  boost::system::error_code ec;
  boost::json::value origins = boost::json::parse(origins_json, ec);
  if (!ec && origins.is_array()) {
    for (const auto& origin : origins.get_array()) {
      if (origin.is_string()) settings.allowed_origins.emplace_back(origin.get_string());
    }
  }
  // Stored looks were written by ReadLook, so they hold only known members; whatever a
  // later version adds falls back to its default here.
  boost::json::value look = boost::json::parse(look_json, ec);
  if (!ec && look.is_object()) {
    for (const auto& [key, value] : look.get_object()) settings.look[key] = value;
  }
  return settings;
}

std::string OriginsJson(const WidgetSettings& settings) {
  boost::json::array origins(settings.allowed_origins.begin(), settings.allowed_origins.end());
  return boost::json::serialize(origins);
}

std::string LookJson(const WidgetSettings& settings) {
  return boost::json::serialize(settings.look);
}

void ReadWidgetSettings(http::JsonFields& fields, WidgetSettings& settings) {
  ReadOrigins(fields, settings);
  if (fields.OptionalValue("identityVerification") != nullptr) {
    settings.identity_required = fields.Bool("identityVerification", settings.identity_required);
  }
  if (auto mode = fields.OptionalChoice("consentMode", {"always", "host", "never"})) {
    settings.consent_mode = *mode;
  }
  ReadLook(fields, settings.look);
}

void PutWidgetSettings(const WidgetSettings& settings, boost::json::object& project) {
  project["allowedOrigins"] =
      boost::json::array(settings.allowed_origins.begin(), settings.allowed_origins.end());
  project["identityVerification"] = settings.identity_required;
  project["consentMode"] = settings.consent_mode;
  project["look"] = settings.look;
}

}  // namespace waymark::content
