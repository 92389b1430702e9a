#include "consent/routes.hpp"

#include "access/test_api.hpp"
#include "consent/consent_cookie.hpp"
#include "consent/consent_store.hpp"
#include "cookies/registry.hpp"

namespace waymark::consent {
namespace {

using http::Verb;
using Headers = http::test::HeaderList;

class ConsentRoutes : public access::testkit::ApiTest {
 protected:
  explicit ConsentRoutes(FloodGuard::Policy flood = {}) : context_(*db_, Options(flood)) {
    AddConsentRoutes(router_, context_);
    AddConsentExportRoute(*api_, context_);
  }

  static ConsentOptions Options(FloodGuard::Policy flood) {
    ConsentOptions options;
    options.server_key = "test server key";
    options.flood = flood;
    return options;
  }

  // A browser on the site: its Origin, its user agent and, once it has one, its cookie.
  access::testkit::Reply Visit(Verb method, const std::string& body = "",
                               const Headers& extra = {}) {
    Headers headers{{"Origin", "http://localhost:8080"}, {"User-Agent", "Browser/1.0"}};
    if (!cookie_.empty()) headers.emplace_back("Cookie", "_JIMO_CONSENT=" + cookie_);
    for (const auto& header : extra) headers.push_back(header);
    auto reply = Call(method, "/consent", body, nullptr, headers);
    for (const std::string& set : http::test::HeaderValues(reply.response, "Set-Cookie")) {
      if (set.starts_with("_JIMO_CONSENT=")) cookie_ = set.substr(14, set.find(';') - 14);
    }
    return reply;
  }

  std::int64_t Count(const std::string& where = "1 = 1") {
    auto rows =
        store::testkit::Await(db_->Query("SELECT COUNT(*) FROM consent_records WHERE " + where));
    return store::IntOf(rows->rows[0][0]);
  }

  static std::string Text(const boost::json::value& json, std::string_view key) {
    return std::string(json.at(key).as_string());
  }

  ConsentContext context_;
  std::string cookie_;
};

TEST_F(ConsentRoutes, AFirstVisitorHasNoRecordAndMustBeAsked) {
  auto reply = Visit(Verb::get);
  EXPECT_EQ(reply.status(), 200);
  EXPECT_EQ(reply.json.at("needsChoice"), true);
  EXPECT_TRUE(reply.json.at("record").is_null());
  EXPECT_EQ(reply.json.at("policyVersion"), cookies::CurrentPolicy().version);
  EXPECT_EQ(reply.Header("Cache-Control"), "no-store");
}

TEST_F(ConsentRoutes, AChoiceIsRecordedWithItsProofAndShownBack) {
  auto chosen = Visit(Verb::post, R"({"functionality": true})");
  ASSERT_EQ(chosen.status(), 200) << chosen.response.body();
  const std::string set = http::test::HeaderValues(chosen.response, "Set-Cookie").at(0);
  EXPECT_TRUE(set.starts_with("_JIMO_CONSENT=")) << set;
  EXPECT_NE(set.find("; Max-Age=15552000; Path=/; HttpOnly; Secure; SameSite=Lax"),
            std::string::npos)
      << set;
  const auto& record = chosen.json.at("record");
  EXPECT_EQ(record.at("functionality"), true);
  EXPECT_EQ(record.at("withdrawn"), false);
  EXPECT_EQ(Text(record, "ip"), "127.0.0.0");  // anonymized
  EXPECT_EQ(Text(record, "userAgent"), "Browser/1.0");
  EXPECT_EQ(record.at("policyVersion"), cookies::CurrentPolicy().version);
  EXPECT_EQ(chosen.json.at("needsChoice"), false);

  auto shown = Visit(Verb::get);
  EXPECT_EQ(shown.json.at("needsChoice"), false);
  EXPECT_EQ(Text(shown.json.at("record"), "consentId"), Text(record, "consentId"));
  EXPECT_EQ(Text(shown.json.at("record"), "recordId"), Text(record, "recordId"));
  EXPECT_EQ(Count(), 1);
}

TEST_F(ConsentRoutes, RefusingOrWithdrawingExpiresEveryFunctionalityCookie) {
  ASSERT_EQ(Visit(Verb::post, R"({"functionality": true})").status(), 200);
  const std::string first = cookie_;
  for (auto [method, body] :
       {std::pair{Verb::post, R"({"functionality": false})"}, std::pair{Verb::delete_, ""}}) {
    auto reply = Visit(method, body);
    ASSERT_EQ(reply.status(), 200) << reply.response.body();
    std::set<std::string> expired;
    for (const std::string& set : http::test::HeaderValues(reply.response, "Set-Cookie")) {
      if (set.find("=; Max-Age=0; Path=/; SameSite=Lax") != std::string::npos) {
        expired.insert(set.substr(0, set.find('=')));
      }
    }
    std::set<std::string> functionality;
    for (const cookies::CookieSpec& spec : cookies::AllCookies()) {
      if (spec.category == cookies::Category::kFunctionality) {
        functionality.insert(cookies::CookieNames("_JIMO_").Name(spec.id));
      }
    }
    EXPECT_EQ(expired, functionality);
    EXPECT_EQ(reply.json.at("record").at("functionality"), false);
    EXPECT_EQ(cookie_, first);  // the same visitor, a new record
  }
  auto withdrawn = Visit(Verb::get);
  EXPECT_EQ(withdrawn.json.at("record").at("withdrawn"), true);
  EXPECT_EQ(withdrawn.json.at("needsChoice"), false);  // a withdrawal is an answer
  EXPECT_EQ(Count(), 3);
}

TEST_F(ConsentRoutes, ForgedOrOversizedCookiesAre400AndDropped) {
  cookie_ = SealConsentId(NewConsentId(), CookieKey("another server"));
  for (Verb method : {Verb::get, Verb::post, Verb::delete_}) {
    auto reply = Visit(method, R"({"functionality": true})");
    EXPECT_EQ(reply.status(), 400) << reply.response.body();
    EXPECT_EQ(Text(reply.json.at("errors").at(0), "field"), "_JIMO_CONSENT");
    EXPECT_EQ(reply.Header("Set-Cookie"),
              "_JIMO_CONSENT=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax");
    cookie_ = SealConsentId(NewConsentId(), CookieKey("another server"));
  }
  cookie_ = std::string(4000, 'x');
  EXPECT_EQ(Visit(Verb::get).status(), 400);
  EXPECT_EQ(Count(), 0);
}

TEST_F(ConsentRoutes, UnknownCategoriesAndBadBodiesAre400AndStoreNothing) {
  auto unknown = Visit(Verb::post, R"({"functionality": true, "marketing": true})");
  EXPECT_EQ(unknown.status(), 400);
  EXPECT_EQ(Text(unknown.json.at("errors").at(0), "field"), "marketing");
  EXPECT_EQ(Visit(Verb::post, "not json").status(), 400);
  EXPECT_EQ(Count(), 0);
  EXPECT_TRUE(cookie_.empty());
}

TEST_F(ConsentRoutes, OtherSitesCannotRecordAChoice) {
  auto reply = Visit(Verb::post, R"({"functionality": true})", {{"Origin", "https://evil.test"}});
  EXPECT_EQ(reply.status(), 403);
  EXPECT_EQ(Visit(Verb::delete_, "", {{"Origin", "https://evil.test"}}).status(), 403);
  EXPECT_EQ(Count(), 0);
}

TEST_F(ConsentRoutes, ANewPolicyVersionAsksAgain) {
  ASSERT_EQ(Visit(Verb::post, R"({"functionality": true})").status(), 200);
  Exec("UPDATE consent_records SET policy_version = policy_version - 1");
  auto reply = Visit(Verb::get);
  EXPECT_EQ(reply.json.at("needsChoice"), true);
  EXPECT_EQ(reply.json.at("record").at("policyVersion"), cookies::CurrentPolicy().version - 1);
}

TEST_F(ConsentRoutes, AFloodFromOneAddressIs429AndStoresABoundedNumber) {
  int accepted = 0;
  int refused = 0;
  for (int i = 0; i < 30; ++i) {
    cookie_.clear();  // a new visitor each time, as a script would be
    auto reply = Visit(Verb::post, R"({"functionality": true})");
    if (reply.status() == 200) ++accepted;
    if (reply.status() == 429) {
      ++refused;
      EXPECT_FALSE(reply.Header("Retry-After").empty());
    }
  }
  EXPECT_EQ(accepted, FloodGuard::Policy{}.burst);
  EXPECT_EQ(refused, 30 - accepted);
  EXPECT_EQ(Count(), accepted);
  // A made-up X-Forwarded-For does not escape the limit: no proxy is trusted here, so the
  // client is still the TCP peer.
  cookie_.clear();
  EXPECT_EQ(
      Visit(Verb::post, R"({"functionality": true})", {{"X-Forwarded-For", "10.0.0.1"}}).status(),
      429);
}

class ConsentHistory : public ConsentRoutes {
 protected:
  ConsentHistory() : ConsentRoutes({.burst = 1000, .refill_ms = 1}) {}
};

TEST_F(ConsentHistory, OneVisitorKeepsOnlyTheNewestRecords) {
  for (int i = 0; i < kHistoryPerConsent + 15; ++i) {
    ASSERT_EQ(
        Visit(Verb::post, i % 2 ? R"({"functionality": true})" : R"({"functionality": false})")
            .status(),
        200);
  }
  EXPECT_EQ(Count(), kHistoryPerConsent);
  // The newest survived: the last choice (i = 34, even) refused.
  EXPECT_EQ(Visit(Verb::get).json.at("record").at("functionality"), false);
}

TEST_F(ConsentRoutes, TheInstanceOwnerExportsTheRecordsAsJsonAndCsv) {
  ASSERT_EQ(Visit(Verb::post, R"({"functionality": true})").status(), 200);
  cookie_.clear();
  ASSERT_EQ(Visit(Verb::post, R"({"functionality": false})", {{"User-Agent", "=cmd|x"}}).status(),
            200);
  // A second apart, so that "newest first" has one answer (records of the same millisecond
  // come in the order of their random ids).
  Exec("UPDATE consent_records SET recorded_at = recorded_at - 1000 WHERE functionality = 1", {});
  const std::string owner = CreateUser("owner@example.com");
  Exec("UPDATE users SET instance_owner = 1 WHERE id = ?", {owner});
  const access::testkit::Session as_owner = SignIn(owner);
  const access::testkit::Session as_other = SignIn(CreateUser("other@example.com"));

  auto page = Call(Verb::get, "/api/v1/consents?limit=1", "", &as_owner);
  ASSERT_EQ(page.status(), 200) << page.response.body();
  EXPECT_EQ(page.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(page.json.at("items").at(0).at("functionality"), false);  // newest first
  const std::string next(page.json.at("nextCursor").as_string());
  auto rest = Call(Verb::get, "/api/v1/consents?limit=1&cursor=" + next, "", &as_owner);
  EXPECT_EQ(rest.json.at("items").at(0).at("functionality"), true);

  auto csv = Call(Verb::get, "/api/v1/consents?format=csv", "", &as_owner);
  ASSERT_EQ(csv.status(), 200);
  const std::string text = http::test::DrainedBody(csv.response);
  EXPECT_TRUE(text.starts_with("recordId,consentId,at,policyVersion,")) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
  EXPECT_NE(text.find(",'=cmd|x\r\n"), std::string::npos) << text;  // no formula

  EXPECT_EQ(Call(Verb::get, "/api/v1/consents", "", &as_other).status(), 403);
  EXPECT_EQ(Call(Verb::get, "/api/v1/consents").status(), 401);
  EXPECT_EQ(Call(Verb::get, "/api/v1/consents?format=xml", "", &as_owner).status(), 400);
}

}  // namespace
}  // namespace waymark::consent
