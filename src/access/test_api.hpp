// Test-only: a migrated database, a router with the Gatekeeper in front, and the calls a
// module's route tests need, so they run the real handlers in-process without a server.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <memory>
#include <string>

#include "access/api_router.hpp"
#include "access/csrf.hpp"
#include "access/sessions.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "http/test_request.hpp"
#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::access::testkit {

using store::Value;

struct Reply {
  http::Response response;
  boost::json::value json;  // null when the body is not JSON
  int status() const { return static_cast<int>(response.status); }
  std::string Header(std::string_view name) const { return http::test::HeaderOf(response, name); }
};

// A signed-in maker as a browser would present them.
struct Session {
  std::string user_id;
  std::string token;
  std::string csrf;
};

class ApiTest : public ::testing::Test {
 protected:
  ApiTest() {
    EXPECT_TRUE(crypto::Init().ok());
    auto db = store::OpenSqlite({.path = dir_.path() / "test.db"});
    EXPECT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
    EXPECT_TRUE(store::Migrate(*db_, store::AllMigrations()).ok());
    gate_ = std::make_unique<Gatekeeper>(*db_, GateOptions{});
    api_ = std::make_unique<ApiRouter>(router_, *gate_);
  }

  // Runs SQL that must succeed, for setting up a scene.
  void Exec(std::string sql, std::vector<Value> params = {}) {
    Status status = store::testkit::Await(
        db_->Write([&](store::Transaction& tx) { return tx.Execute(sql, params).status(); }));
    ASSERT_TRUE(status.ok()) << status.message() << " in " << sql;
  }

  std::string CreateUser(const std::string& email, const std::string& name = "Test User") {
    std::string id = crypto::NewId();
    Exec(
        "INSERT INTO users (id, email, name, password_hash, created_at, password_changed_at) "
        "VALUES (?, ?, ?, 'not-a-hash', ?, ?)",
        {id, email, name, UnixNow(), UnixNow()});
    return id;
  }

  std::string CreateWorkspace(const std::string& name = "Workspace") {
    std::string id = crypto::NewId();
    Exec("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)", {id, name, UnixNow()});
    return id;
  }

  void AddMember(const std::string& workspace, const std::string& user, std::string_view role) {
    Exec("INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
         {workspace, user, std::string(role), UnixNow()});
  }

  Session SignIn(const std::string& user_id) {
    std::optional<NewSession> created;
    Status status = store::testkit::Await(db_->Write([&](store::Transaction& tx) {
      auto session = CreateSession(tx, {.user_id = user_id,
                                        .now = UnixNow(),
                                        .lifetime = std::chrono::hours(1),
                                        .ip = "127.0.0.0",
                                        .user_agent = "test"});
      if (session.ok()) created = *session;
      return session.status();
    }));
    EXPECT_TRUE(status.ok()) << status.message();
    return {user_id, created->token, CsrfToken(created->token)};
  }

  // Calls a route as the router would. `session` adds the cookie and, on changes, the
  // X-CSRF-Token; `headers` may add or override anything.
  Reply Call(http::Verb method, const std::string& target, const std::string& body = "",
             const Session* session = nullptr, const http::test::HeaderList& headers = {}) {
    http::test::HeaderList all;
    if (session != nullptr) {
      all.emplace_back("Cookie", "_JIMO_TOKEN=" + session->token);
      if (IsMutation(method)) all.emplace_back("X-CSRF-Token", session->csrf);
    }
    for (const auto& header : headers) all.push_back(header);
    http::test::TestRequest t(method, target, all);
    t.message.body() = body;
    t.request.peer_address = "127.0.0.1";
    http::Match match = router_.Find(method, t.request.path, false, t.request.params);
    Reply reply;
    if (match.route == nullptr) {
      reply.response.status = http::StatusCode::not_found;
      return reply;
    }
    reply.response = http::test::Await(match.route->handler(t.request));
    boost::system::error_code ec;
    reply.json = boost::json::parse(reply.response.body(), ec);
    return reply;
  }

  store::testkit::TempDir dir_;
  std::unique_ptr<store::Database> db_;
  http::Router router_;
  std::unique_ptr<Gatekeeper> gate_;
  std::unique_ptr<ApiRouter> api_;
};

}  // namespace waymark::access::testkit
