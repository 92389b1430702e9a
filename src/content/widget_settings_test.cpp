#include "content/widget_settings.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

namespace waymark::content {
namespace {

std::vector<std::string> Fields(const http::JsonFields& fields) {
  std::vector<std::string> named;
  for (const auto& error : fields.errors()) named.push_back(error.field);
  return named;
}

TEST(WidgetSettings, APatchChangesOnlyWhatItNamesAndLooksMergeMemberByMember) {
  WidgetSettings settings;
  auto fields = http::JsonFields::FromBody(
      R"({"allowedOrigins": ["HTTPS://App.Acme.test/", "https://*.acme.dev"],
          "consentMode": "host", "look": {"accentColor": "#112233",
          "badgeMessage": {"text": "New!"}}})");
  ReadWidgetSettings(fields, settings);
  EXPECT_TRUE(fields.errors().empty());
  EXPECT_EQ(settings.allowed_origins,
            (std::vector<std::string>{"https://app.acme.test", "https://*.acme.dev"}));
  EXPECT_EQ(settings.consent_mode, "host");
  EXPECT_FALSE(settings.identity_required);
  EXPECT_EQ(boost::json::serialize(settings.look),
            R"({"accentColor":"#112233","position":"bottom-right","launcher":true,)"
            R"("badgeMessage":{"text":"New!","repeat":"daily"}})");
}

TEST(WidgetSettings, StoredFormsRoundTrip) {
  WidgetSettings settings;
  settings.allowed_origins = {"https://a.test"};
  settings.look["position"] = "bottom-left";
  WidgetSettings read =
      WidgetSettingsOf(OriginsJson(settings), true, 3, "never", LookJson(settings));
  EXPECT_EQ(read.allowed_origins, settings.allowed_origins);
  EXPECT_EQ(read.look, settings.look);
  EXPECT_TRUE(read.identity_required);
  EXPECT_EQ(read.identity_generation, 3);
  EXPECT_EQ(WidgetSettingsOf("garbage", false, 1, "always", "{").look,
            WidgetSettings::DefaultLook());
}

TEST(WidgetSettings, ErrorsNameTheMemberAtFault) {
  WidgetSettings settings;
  auto fields = http::JsonFields::FromBody(
      R"({"allowedOrigins": ["https://ok.test", "ftp://no"], "consentMode": "sometimes",
          "look": {"accentColor": "red", "launcher": "yes", "shape": "round",
                   "badgeMessage": {"repeat": "hourly"}}})");
  ReadWidgetSettings(fields, settings);
  fields.RejectOthers();
  EXPECT_EQ(Fields(fields),
            (std::vector<std::string>{"allowedOrigins[1]", "consentMode", "look.accentColor",
                                      "look.launcher", "look.badgeMessage.repeat", "look.shape"}));
}

}  // namespace
}  // namespace waymark::content
