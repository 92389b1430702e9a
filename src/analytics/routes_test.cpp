#include "analytics/routes.hpp"

#include <boost/json/serialize.hpp>
#include <chrono>
#include <random>

#include "analytics/report_routes.hpp"
#include "content/test_fixture.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"

namespace waymark::analytics {
namespace {

using namespace content::testkit;
namespace json = boost::json;

constexpr std::string_view kSite = "https://app.acme.test";

std::string Uuid(int n) {
  char text[40];
  std::snprintf(text, sizeof text, "0190a1b2-c3d4-7e5f-8a6b-%012d", n);
  return text;
}

json::object View(int n, std::string user, std::string interaction = "i1") {
  return {{"id", Uuid(n)},
          {"type", "view"},
          {"ts", UnixNowMs()},
          {"anonymousId", std::move(user)},
          {"interactionId", std::move(interaction)}};
}

class IngestTest : public ContentTest {
 protected:
  IngestTest()
      : ingestor_(std::move(Ingestor::Open(*db_, dir_.path() / "journal", 100000).value())),
        context_{*ingestor_, publishing_.snapshots()},
        cors_(publishing_.snapshots()),
        reports_{*db_, ingestor_.get()} {
    AddIngestRoutes(router_, context_, cors_);
    AddReportRoutes(*api_, reports_);
    Exec("UPDATE projects SET allowed_origins = ? WHERE id = ?",
         {R"(["https://app.acme.test"])", project_});
  }

  Reply Send(json::array events, std::string_view origin = kSite, std::string key = "wm_pk_acme") {
    json::object body{{"projectId", std::move(key)}, {"events", std::move(events)}};
    return SendRaw(json::serialize(body), origin);
  }

  Reply SendRaw(std::string body, std::string_view origin = kSite) {
    http::test::HeaderList headers{{"Content-Type", "text/plain;charset=UTF-8"}};
    if (!origin.empty()) headers.emplace_back("Origin", std::string(origin));
    return Call(Verb::post, "/v1/events", std::move(body), nullptr, headers);
  }

  Reply Segment(std::string_view path, const json::object& body, std::string key = "wm_pk_acme") {
    // "<key>:" in base64, as Segment's libraries send the writeKey.
    http::test::HeaderList headers{{"Content-Type", "application/json"}};
    if (!key.empty()) headers.emplace_back("Authorization", "Basic " + crypto::Base64(key + ":"));
    return Call(Verb::post, std::string(path), json::serialize(body), nullptr, headers);
  }

  // Waits until every acknowledged event is stored.
  void Settle() { EXPECT_TRUE(store::testkit::Await(ingestor_->Settle(std::chrono::seconds(10)))); }

  // What the store holds once every acknowledged event is stored.
  std::int64_t Count(const std::string& sql, std::vector<store::Value> params = {}) {
    Settle();
    auto rows = store::testkit::Await(db_->Query(sql, std::move(params)));
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    return rows.ok() && !rows->empty() ? store::IntOf(rows->rows[0][0]) : -1;
  }

  static std::vector<std::string> Strings(const json::value& list) {
    std::vector<std::string> out;
    for (const auto& item : list.as_array()) out.emplace_back(item.as_string());
    return out;
  }

  std::unique_ptr<Ingestor> ingestor_;
  IngestContext context_;
  widget::WidgetCorsPolicy cors_;
  ReportContext reports_;
};

TEST_F(IngestTest, EventsAreSavedOnceHoweverOftenTheyAreSent) {
  json::array events{View(1, "anon-a"), View(2, "anon-a"), View(3, "anon-b")};
  Reply first = Send(events);
  ASSERT_EQ(first.status(), 200) << first.response.body();
  EXPECT_EQ(first.Header("Access-Control-Allow-Origin"), kSite);
  EXPECT_EQ(Strings(first.json.at("saved")), (std::vector<std::string>{Uuid(1), Uuid(2), Uuid(3)}));
  EXPECT_TRUE(first.json.at("rejected").as_array().empty());

  Reply again = Send(events);  // the SDK retrying after a lost answer
  ASSERT_EQ(again.status(), 200);
  EXPECT_EQ(Strings(again.json.at("saved")).size(), 3u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE project_id = ?", {project_}), 3);
  EXPECT_EQ(Count("SELECT events FROM event_rollups WHERE project_id = ? AND subject = 'i:i1' "
                  "AND metric = 'view'",
                  {project_}),
            3);
  EXPECT_EQ(Count("SELECT users FROM event_rollups WHERE project_id = ? AND subject = 'i:i1' "
                  "AND metric = 'view'",
                  {project_}),
            2);
  EXPECT_EQ(Count("SELECT users FROM monthly_active_users WHERE project_id = ?", {project_}), 2);
}

TEST_F(IngestTest, ABadEventIsRefusedWithItsReasonAndTheOthersAreSaved) {
  const std::int64_t now = UnixNowMs();
  json::object not_uuid = View(10, "a");
  not_uuid["id"] = "not-a-uuid";
  json::object in_1970 = View(11, "a");
  in_1970["ts"] = 1000;
  json::object in_2100 = View(12, "a");
  in_2100["ts"] = 4102444800000;
  json::object unknown_type = View(13, "a");
  unknown_type["type"] = "explode";
  json::object no_user = View(14, "a");
  no_user.erase("anonymousId");
  json::object stray = View(15, "a");
  stray["colour"] = "red";
  json::object skewed = View(16, "a");
  skewed["ts"] = now + 60'000;  // a client clock a minute fast
  Reply reply = Send({View(9, "a"), not_uuid, in_1970, in_2100, unknown_type, no_user, stray,
                      skewed, "not an object"});
  ASSERT_EQ(reply.status(), 200) << reply.response.body();
  EXPECT_EQ(Strings(reply.json.at("saved")), (std::vector<std::string>{Uuid(9), Uuid(16)}));
  std::vector<std::string> fields;
  for (const auto& r : reply.json.at("rejected").as_array()) fields.push_back(Text(r, "field"));
  EXPECT_EQ(fields, (std::vector<std::string>{"events[1].id", "events[2].ts", "events[3].ts",
                                              "events[4].type", "events[5].anonymousId",
                                              "events[6].colour", "events[8]"}));
  EXPECT_EQ(Text(reply.json.at("rejected").at(1), "id"), Uuid(11));
  EXPECT_LE(Count("SELECT ts FROM events WHERE event_id = ?", {Uuid(16)}), UnixNowMs());
}

// A refused event's id is quoted back, shortened to 100 bytes, never inside a character.
TEST_F(IngestTest, ALongRefusedIdIsQuotedBackShortenedBetweenCharacters) {
  json::object long_id = View(10, "a");
  std::string id = "a";
  for (int i = 0; i < 75; ++i) id += "\xc3\xa9";  // é, two bytes
  long_id["id"] = id;
  Reply reply = Send({View(9, "a"), long_id});
  ASSERT_EQ(reply.status(), 200) << reply.response.body();
  EXPECT_EQ(Text(reply.json.at("rejected").at(0), "id"), id.substr(0, 99));
}

TEST_F(IngestTest, ARequestWithNothingToSaveIsA400NamingEveryFault) {
  json::object bad = View(20, "a");
  bad["ts"] = "yesterday";
  Reply all_bad = Send({bad});
  EXPECT_EQ(all_bad.status(), 400);
  EXPECT_EQ(FieldsAtFault(all_bad), std::vector<std::string>{"events[0].ts"});

  Reply truncated = SendRaw(R"({"projectId": "wm_pk_acme", "events": [{"id": )");
  EXPECT_EQ(truncated.status(), 400);
  EXPECT_EQ(FieldsAtFault(truncated), std::vector<std::string>{"body"});
  EXPECT_EQ(truncated.Header("Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(FieldsAtFault(SendRaw(R"({"events": []})")), std::vector<std::string>{"projectId"});
  EXPECT_EQ(FieldsAtFault(SendRaw(R"({"projectId": "wm_pk_acme", "events": {}})")),
            std::vector<std::string>{"events"});
  json::array many;
  for (int i = 0; i < 1001; ++i) many.push_back(View(i, "a"));
  EXPECT_EQ(FieldsAtFault(Send(many)), std::vector<std::string>{"events"});
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events"), 0);
}

TEST_F(IngestTest, UnknownKeysAndForeignOriginsStoreNothing) {
  EXPECT_EQ(Send({View(30, "a")}, kSite, "wm_pk_nobody").status(), 404);
  Reply hostile = Send({View(31, "a")}, "https://evil.test");
  EXPECT_EQ(hostile.status(), 403);
  EXPECT_EQ(hostile.Header("Access-Control-Allow-Origin"), "");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events"), 0);
}

TEST_F(IngestTest, EventsOfTwoProjectsWithTheSameIdsStaySeparate) {
  const std::string other = CreateProject(workspace_, "other");
  ASSERT_EQ(Send({View(40, "a")}).status(), 200);
  ASSERT_EQ(Send({View(40, "a")}, "", "wm_pk_other").status(), 200);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE project_id = ?", {project_}), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE project_id = ?", {other}), 1);
}

TEST_F(IngestTest, CustomEventsCountTowardsTheEndUsersTargetingFacts) {
  Exec(
      "INSERT INTO end_users (id, project_id, external_id, anonymous_id, attributes, language, "
      "first_seen, last_seen, session_count) VALUES ('eu1', ?, 'user-7', 'anon-7', '{}', 'en', "
      "0, 0, 1)",
      {project_});
  json::object track{{"id", Uuid(50)},     {"type", "track"},  {"ts", UnixNowMs()},
                     {"userId", "user-7"}, {"name", "export"}, {"props", {{"rows", 3}}}};
  json::object again = track;
  again["id"] = Uuid(51);
  ASSERT_EQ(Send({track, again}).status(), 200);
  EXPECT_EQ(Count("SELECT times FROM end_user_events WHERE end_user_id = 'eu1' AND name = "
                  "'export'"),
            2);
  json::object reserved = track;
  reserved["id"] = Uuid(52);
  reserved["name"] = "view";
  EXPECT_EQ(FieldsAtFault(Send({reserved})), std::vector<std::string>{"events[0].name"});
}

TEST_F(IngestTest, SegmentTrackIdentifyAndGroupWithTheWriteKey) {
  Reply track = Segment("/v1/track", {{"userId", "u-1"},
                                      {"event", "Signed Up"},
                                      {"messageId", "m-1"},
                                      {"properties", {{"plan", "pro"}}},
                                      {"timestamp", "2026-11-25T10:00:00.250Z"}});
  ASSERT_EQ(track.status(), 200) << track.response.body();
  EXPECT_EQ(track.json.at("success"), true);
  EXPECT_EQ(Segment("/v1/track", {{"userId", "u-1"}, {"event", "Signed Up"}, {"messageId", "m-1"}})
                .status(),
            200);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE event_id = 'm-1'"), 1);

  Reply identify =
      Segment("/v1/identify", {{"userId", "u-1"},
                               {"messageId", "m-2"},
                               {"traits", {{"email", "ada@example.com"}, {"plan", "pro"}}}});
  ASSERT_EQ(identify.status(), 200) << identify.response.body();
  Reply group = Segment("/v1/group", {{"userId", "u-1"},
                                      {"messageId", "m-3"},
                                      {"groupId", "acme-inc"},
                                      {"traits", {{"seats", 12}}}});
  ASSERT_EQ(group.status(), 200) << group.response.body();
  auto rows = store::testkit::Await(db_->Query(
      "SELECT email, attributes FROM end_users WHERE project_id = ? AND external_id = 'u-1'",
      {project_}));
  ASSERT_TRUE(rows.ok() && rows->size() == 1);
  EXPECT_EQ(store::TextOf(rows->rows[0][0]), "ada@example.com");
  json::value attributes = json::parse(store::TextOf(rows->rows[0][1]));
  EXPECT_EQ(attributes.at("plan"), "pro");
  EXPECT_EQ(attributes.at("groupId"), "acme-inc");
  EXPECT_EQ(attributes.at("group.seats"), 12);
}

TEST_F(IngestTest, SegmentBatchesKeepTheGoodMessagesAndAnswerSegmentsStatuses) {
  json::object big{{"type", "track"},
                   {"userId", "u"},
                   {"event", "Big"},
                   {"messageId", "b-2"},
                   {"properties", {{"blob", std::string(40 * 1024, 'x')}}}};
  json::object batch{
      {"batch",
       {json::object{{"type", "page"}, {"anonymousId", "a"}, {"messageId", "b-1"}}, big,
        json::object{{"type", "track"}, {"userId", "u"}, {"messageId", "b-3"}}}}};
  Reply reply = Segment("/v1/batch", batch);
  ASSERT_EQ(reply.status(), 200) << reply.response.body();
  EXPECT_EQ(Strings(reply.json.at("saved")), std::vector<std::string>{"b-1"});
  EXPECT_EQ(reply.json.at("rejected").as_array().size(), 2u);

  EXPECT_EQ(Segment("/v1/track", big).status(), 400);  // past 32 KB: Segment's 400
  EXPECT_EQ(Segment("/v1/track", {{"userId", "u"}, {"event", "E"}}, "wm_pk_nobody").status(), 401);
  EXPECT_EQ(Segment("/v1/track", {{"userId", "u"}, {"event", "E"}}, "").status(), 401);
  json::object in_body{{"userId", "u"}, {"event", "E"}, {"writeKey", "wm_pk_acme"}};
  EXPECT_EQ(Segment("/v1/track", in_body, "").status(), 200);
}

TEST_F(IngestTest, CompletionsAndDismissalsAreQueuedForTheProjectsWebhooksOnce) {
  Exec(
      "INSERT INTO webhooks (id, project_id, url, events, active, secret_generation, "
      "created_at, updated_at) VALUES ('wh1', ?, 'https://hooks.acme.test/waymark', "
      "'[\"interaction.completed\",\"interaction.dismissed\"]', 1, 0, 0, 0)",
      {project_});
  json::object complete = View(70, "anon-a");
  complete["type"] = "complete";
  json::object dismiss = View(71, "anon-b");
  dismiss["type"] = "dismiss";
  dismiss["props"] = {{"forever", true}};
  ASSERT_EQ(Send({View(72, "anon-a"), complete, dismiss}).status(), 200);
  ASSERT_EQ(Send({complete}).status(), 200);  // a resend announces nothing more

  Settle();
  auto rows = store::testkit::Await(db_->Query(
      "SELECT event, data FROM webhook_deliveries WHERE webhook_id = 'wh1' ORDER BY event"));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ(store::TextOf(rows->rows[0][0]), "interaction.completed");
  EXPECT_EQ(store::TextOf(rows->rows[1][0]), "interaction.dismissed");
  json::value dismissed = json::parse(store::TextOf(rows->rows[1][1]));
  EXPECT_EQ(dismissed.at("interactionId"), "i1");
  EXPECT_EQ(dismissed.at("anonymousId"), "anon-b");
  EXPECT_EQ(Text(dismissed, "eventId"), Uuid(71));
  EXPECT_EQ(dismissed.at("props").at("forever"), true);
}

// The rollups, kept event by event, must say what counting the raw events again says.
TEST_F(IngestTest, RollupsEqualARecountFromRawEvents) {
  std::mt19937 random(7);
  const char* types[] = {"view", "click", "dismiss", "complete", "open", "track"};
  const std::int64_t now = UnixNowMs();
  for (int request = 0; request < 30; ++request) {
    json::array events;
    for (int i = 0; i < 20; ++i) {
      const int n = static_cast<int>(random() % 500);  // ids repeat: resends
      json::object event{{"id", Uuid(n)},
                         {"type", types[n % 6]},
                         {"ts", now - static_cast<std::int64_t>(n % 5) * 86'400'000},
                         {"anonymousId", "user-" + std::to_string(n % 37)}};
      if (n % 6 < 4) event["interactionId"] = "i" + std::to_string(n % 3);
      if (n % 6 == 5) event["name"] = "custom-" + std::to_string(n % 2);
      events.push_back(std::move(event));
    }
    ASSERT_EQ(Send(std::move(events)).status(), 200);
  }
  Settle();
  auto rollups = store::testkit::Await(db_->Query(
      "SELECT day, subject, metric, events, users FROM event_rollups WHERE project_id = ? "
      "ORDER BY day, subject, metric",
      {project_}));
  // The same figures from the raw events, per (day, subject, metric).
  auto recount = store::testkit::Await(db_->Query(
      "WITH e AS (SELECT ts / 86400000 AS day, CASE WHEN interaction_id IS NOT NULL THEN 'i:' || "
      "interaction_id ELSE '' END AS subject, CASE WHEN type = 'track' THEN name ELSE type END "
      "AS metric, user_key FROM events WHERE project_id = ?), "
      "k AS (SELECT day, '' AS subject, metric, user_key FROM e "
      "UNION ALL SELECT day, '' AS subject, '' AS metric, user_key FROM e "
      "UNION ALL SELECT day, subject, metric, user_key FROM e WHERE subject <> '') "
      "SELECT day, subject, metric, COUNT(*), COUNT(DISTINCT user_key) FROM k "
      "GROUP BY day, subject, metric ORDER BY day, subject, metric",
      {project_}));
  ASSERT_TRUE(rollups.ok() && recount.ok());
  ASSERT_GT(rollups->size(), 20u);
  EXPECT_EQ(rollups->rows, recount->rows);
  EXPECT_EQ(Count("SELECT SUM(users) FROM monthly_active_users WHERE project_id = ?", {project_}),
            Count("SELECT COUNT(DISTINCT user_key) FROM events WHERE project_id = ?", {project_}));
}

TEST_F(IngestTest, TheReportCountsByTypeAndNameWithSeriesAndBreakdowns) {
  const std::string modal = Created("interactions", {{"format", "modal"}, {"title", "Tour"}});
  json::object click = View(61, "anon-a", modal);
  click["type"] = "click";
  json::object custom{{"id", Uuid(62)},
                      {"type", "track"},
                      {"ts", UnixNowMs()},
                      {"anonymousId", "anon-c"},
                      {"name", "exported"}};
  json::object open{
      {"id", Uuid(63)}, {"type", "open"}, {"ts", UnixNowMs()}, {"anonymousId", "anon-c"}};
  ASSERT_EQ(
      Send({View(60, "anon-a", modal), View(64, "anon-b", modal), click, custom, open}).status(),
      200);

  Reply report = Call(Verb::get, Path("analytics"), "", &as_viewer_);
  ASSERT_EQ(report.status(), 200) << report.response.body();
  const auto& totals = report.json.at("totals");
  EXPECT_EQ(totals.at("view"), 2);
  EXPECT_EQ(totals.at("click"), 1);
  EXPECT_EQ(totals.at("exported"), 1);
  EXPECT_EQ(totals.at("open"), 1);
  const auto& series = report.json.at("series").as_array();
  EXPECT_EQ(series.size(), 30u);
  EXPECT_EQ(series.back().at("counts").at("view"), 2);
  EXPECT_EQ(series.back().at("activeUsers"), 3);
  const auto& row = report.json.at("interactions").at(0);
  EXPECT_EQ(Text(row, "id"), modal);
  EXPECT_EQ(Text(row, "name"), "Tour");
  EXPECT_EQ(row.at("views"), 2);
  EXPECT_EQ(row.at("dailyUsers"), 2);
  EXPECT_EQ(row.at("ctr"), 0.5);
  EXPECT_EQ(report.json.at("monthlyActiveUsers").at(0).at("activeUsers"), 3);
  EXPECT_EQ(report.json.at("pendingEvents"), 0);  // the report waited for them to be stored

  EXPECT_EQ(FieldsAtFault(Call(Verb::get, Path("analytics?granularity=hour"), "", &as_viewer_)),
            std::vector<std::string>{"granularity"});
  EXPECT_EQ(FieldsAtFault(
                Call(Verb::get, Path("analytics?from=2026-12-01&to=2026-11-01"), "", &as_viewer_)),
            std::vector<std::string>{"from"});
}

TEST_F(IngestTest, TheExportStreamsEveryRawEventAsCsvToAdminsOnly) {
  json::array events;
  for (int i = 0; i < 30; ++i) events.push_back(View(100 + i, "anon-" + std::to_string(i % 4)));
  json::object formula = View(200, "=HYPERLINK(\"x\")");
  events.push_back(formula);
  ASSERT_EQ(Send(events).status(), 200);

  EXPECT_EQ(Call(Verb::get, Path("analytics/events"), "", &as_viewer_).status(), 403);
  Reply exported = Call(Verb::get, Path("analytics/events"), "", &as_owner_);
  ASSERT_EQ(exported.status(), 200);
  EXPECT_EQ(exported.response.content_type, "text/csv; charset=utf-8");
  const std::string csv = http::test::DrainedBody(exported.response);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 32);  // the header and 31 events
  EXPECT_TRUE(csv.starts_with("id,type,name,userId,anonymousId,")) << csv.substr(0, 80);
  EXPECT_NE(csv.find(Uuid(129) + ",view,,,anon-1,i1,,"), std::string::npos);
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"x\"\")\","), std::string::npos);
}

TEST_F(IngestTest, TheExportPagesThroughMoreEventsThanOnePageWithoutLosingOne) {
  for (int batch = 0; batch < 5; ++batch) {
    json::array events;
    for (int i = 0; i < 450; ++i) events.push_back(View(1000 + batch * 450 + i, "a"));
    ASSERT_EQ(Send(events).status(), 200);
  }
  const std::string csv =
      http::test::DrainedBody(Call(Verb::get, Path("analytics/events"), "", &as_owner_).response);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2251);
  for (int n : {1000, 2999, 3249}) EXPECT_NE(csv.find(Uuid(n)), std::string::npos) << n;
}

}  // namespace
}  // namespace waymark::analytics
