#include "site/cookie_policy_page.hpp"

#include <gtest/gtest.h>

#include "changelog/dates.hpp"
#include "cookies/lifetime_text.hpp"
#include "core/time_format.hpp"
#include "site/cookie_table.hpp"
#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::AcmeSettings;
using testkit::Between;
using testkit::Contains;
using testkit::RowOf;
using testkit::SectionOf;

TEST(CookiePolicyPage, ListsEveryRegisteredCookieUnderTheConfiguredPrefix) {
  const std::string html = CookiePolicyPage(AcmeSettings());
  const std::string table = Between(html, "<table id=\"cookie-table\">", "</table>");
  ASSERT_FALSE(table.empty());
  std::size_t rows = 0;
  for (std::size_t at = table.find("<tr data-cookie="); at != std::string::npos;
       at = table.find("<tr data-cookie=", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, cookies::AllCookies().size());
  for (const cookies::CookieSpec& spec : cookies::AllCookies()) {
    const std::string name = "_ACME_" + std::string(spec.suffix);
    const std::string row = RowOf(table, name);
    ASSERT_FALSE(row.empty()) << name;
    EXPECT_TRUE(Contains(row, "<code>" + name + "</code>")) << row;
    EXPECT_TRUE(Contains(row, std::string(CategoryLabel(spec.category)))) << row;
    EXPECT_TRUE(Contains(row, ">First-party<")) << row;
    EXPECT_TRUE(Contains(row, spec.max_age ? ">Persistent<" : ">Session<")) << row;
    EXPECT_TRUE(Contains(row, cookies::LifetimeText(spec))) << row;
  }
  EXPECT_FALSE(Contains(html, "_JIMO_")) << "every name takes the configured prefix";
}

TEST(CookiePolicyPage, RowsSayEachCookiesCategoryAndLifetime) {
  const std::string html = CookiePolicyPage(AcmeSettings());
  const std::string token = RowOf(html, "_ACME_TOKEN");
  EXPECT_TRUE(Contains(token, "data-category=\"strictly-necessary\""));
  EXPECT_TRUE(Contains(token, ">Strictly necessary<"));
  EXPECT_TRUE(Contains(token, ">Session; 30 days with \u201Cremember me\u201D<"));
  EXPECT_TRUE(Contains(token, "Keeps a signed-in maker&#39;s session."));

  const std::string viewed = RowOf(html, "_ACME_BOOSTED_VIEWED");
  EXPECT_TRUE(Contains(viewed, ">Functionality<"));
  EXPECT_TRUE(Contains(viewed, ">Persistent<"));
  EXPECT_TRUE(Contains(viewed, ">1 year<"));
  EXPECT_TRUE(Contains(viewed, "Set by: the SDK, on the customer&#39;s site."));

  EXPECT_TRUE(Contains(RowOf(html, "_ACME_CONSENT"), ">180 days<"));
  EXPECT_TRUE(Contains(RowOf(html, "_ACME_ANALYTICS_EVENTS"), ">Session<"));
}

TEST(CookiePolicyPage, StatesTheVersionAndDateOfThePolicy) {
  const cookies::PolicyVersion& policy = cookies::CurrentPolicy();
  ASSERT_TRUE(ParseIso8601(policy.updated).has_value()) << policy.updated;
  const std::string html = CookiePolicyPage(SiteSettings{});
  const std::string stamp = "version " + std::to_string(policy.version) +
                            ", last updated <time datetime=\"" + std::string(policy.updated) +
                            "\">";
  EXPECT_TRUE(Contains(Between(html, "<p class=\"meta\">", "</p>"), stamp));
  const std::string changes = SectionOf(html, "changes");
  EXPECT_TRUE(Contains(changes, stamp)) << changes;
  EXPECT_TRUE(Contains(changes, "asked for their choice again"));
}

TEST(CookiePolicyPage, VersionDateReadsAsAHumanDate) {
  const cookies::PolicyVersion& policy = cookies::CurrentPolicy();
  const std::string human = changelog::HumanDate(*ParseIso8601(policy.updated));
  EXPECT_EQ(PolicyVersionHtml(), "version " + std::to_string(policy.version) +
                                     ", last updated <time datetime=\"" +
                                     std::string(policy.updated) + "\">" + human + "</time>");
  EXPECT_NE(human, std::string(policy.updated));
}

TEST(CookiePolicyPage, NamesTheOperatorEscapedWithTheirContact) {
  const std::string html = CookiePolicyPage(AcmeSettings());
  EXPECT_TRUE(
      Contains(html, "This server, run by Acme &lt;Labs&gt; &amp; &quot;Co&quot;, hosts Waymark"));
  EXPECT_FALSE(Contains(html, "Acme <Labs>"));
  EXPECT_TRUE(Contains(SectionOf(html, "contact"),
                       "<a href=\"mailto:privacy@acme.test\">privacy@acme.test</a>"));
}

TEST(CookiePolicyPage, HasTheSectionsThePopUpAndReadersLookFor) {
  const std::string html = CookiePolicyPage(SiteSettings{});
  for (std::string_view id : {"information", "what-is-a-cookie", "cookie-functions", "cookie-list",
                              "web-logs", "third-parties", "changes", "contact"}) {
    EXPECT_TRUE(Contains(html, "<h2 id=\"" + std::string(id) + "\">")) << id;
  }
  const std::string settings = Between(html, "<section id=\"cookie-settings\"", "</section>");
  ASSERT_FALSE(settings.empty());
  EXPECT_TRUE(Contains(settings, "withdraw"));
  EXPECT_TRUE(Contains(settings, "data-cookie-settings"));
}

TEST(CookiePolicyPage, SaysWhatTheAccessLogRecords) {
  const std::string collected = SectionOf(CookiePolicyPage(SiteSettings{}), "information");
  for (std::string_view field : {"NCSA Combined", "IP address", "date and time", "URL",
                                 "status code", "bytes", "referrer", "user agent"}) {
    EXPECT_TRUE(Contains(collected, field)) << field;
  }
}

TEST(CookiePolicyPage, TellsTheTruthAboutAddressesAndRetention) {
  SiteSettings settings;
  settings.anonymize_ip = true;
  settings.retention_days = 14;
  std::string logs = SectionOf(CookiePolicyPage(settings), "web-logs");
  EXPECT_TRUE(Contains(logs, "Addresses are shortened")) << logs;
  EXPECT_TRUE(Contains(logs, "more than 14 days old"));
  EXPECT_TRUE(Contains(logs, "never joined to accounts"));

  settings.anonymize_ip = false;
  settings.retention_days = 0;
  logs = SectionOf(CookiePolicyPage(settings), "web-logs");
  EXPECT_TRUE(Contains(logs, "Addresses are written in full")) << logs;
  EXPECT_FALSE(Contains(logs, "shortened before"));
  EXPECT_TRUE(Contains(logs, "keep earlier files until its operator deletes them"));

  settings.access_log = false;
  logs = SectionOf(CookiePolicyPage(settings), "web-logs");
  EXPECT_TRUE(Contains(logs, "keep no access log")) << logs;
  EXPECT_FALSE(Contains(logs, "Addresses are"));
}

TEST(CookiePolicyPage, ExplainsTheFunctionsAndThatTheSecurityTokenIsNoCookie) {
  const std::string functions = SectionOf(CookiePolicyPage(AcmeSettings()), "cookie-functions");
  EXPECT_TRUE(Contains(functions, "Personalization"));
  EXPECT_TRUE(Contains(functions, "unread badge"));
  EXPECT_TRUE(Contains(functions, "Session management"));
  EXPECT_TRUE(Contains(functions, "<code>_ACME_TOKEN</code>"));
  EXPECT_TRUE(Contains(functions, "<strong>The security token is not a cookie</strong>"));
  EXPECT_TRUE(Contains(functions, "for 30 days"));
}

TEST(CookiePolicyPage, SaysNoThirdPartyCookiesAndLinkedSitesHaveTheirOwnPolicies) {
  const std::string third = SectionOf(CookiePolicyPage(SiteSettings{}), "third-parties");
  EXPECT_TRUE(Contains(third, "sets no third-party cookies"));
  EXPECT_TRUE(Contains(third, "have their own privacy and cookie policies"));
}

}  // namespace
}  // namespace waymark::site
