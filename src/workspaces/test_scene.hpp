// Test-only: a workspace "Acme" with a member of each role, signed in, and the workspace
// routes mounted, for the route tests of this module.
#pragma once

#include <boost/json/parse.hpp>
#include <string>
#include <vector>

#include "access/test_api.hpp"
#include "workspaces/routes.hpp"

namespace waymark::workspaces::testkit {

using access::testkit::Reply;
using access::testkit::Session;
using http::Verb;
using store::Value;

class SceneTest : public access::testkit::ApiTest {
 protected:
  static constexpr const char* kPublicUrl = "https://waymark.example";

  SceneTest() {
    AddRoutes(*api_, *db_, {.public_url = kPublicUrl});
    acme_ = CreateWorkspace("Acme");
    owner_ = Join(acme_, "owner@example.com", "owner");
    admin_ = Join(acme_, "admin@example.com", "admin");
    editor_ = Join(acme_, "editor@example.com", "editor");
    viewer_ = Join(acme_, "viewer@example.com", "viewer");
  }

  Session Join(const std::string& workspace, const std::string& email, std::string_view role) {
    std::string user = CreateUser(email, "Name of " + email);
    AddMember(workspace, user, role);
    return SignIn(user);
  }

  // A path under Acme: Acme("/members") is /api/v1/workspaces/<acme>/members.
  std::string Acme(const std::string& rest = "") const { return In(acme_, rest); }
  static std::string In(const std::string& workspace, const std::string& rest = "") {
    return "/api/v1/workspaces/" + workspace + rest;
  }

  std::vector<std::vector<Value>> Select(const std::string& sql, std::vector<Value> params = {}) {
    auto rows = store::testkit::Await(db_->Query(sql, std::move(params)));
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    return rows.ok() ? rows->rows : std::vector<std::vector<Value>>{};
  }

  // The audit events of `action`, oldest first.
  struct Event {
    std::string workspace_id;
    std::string actor_id;
    std::string subject_id;
    std::string target;
    boost::json::value details;
  };
  std::vector<Event> Events(const std::string& action) {
    std::vector<Event> events;
    for (const auto& row : Select("SELECT workspace_id, actor_id, subject_id, target, details "
                                  "FROM audit_events WHERE action = ? ORDER BY at, id",
                                  {action})) {
      events.push_back({store::TextOf(row[0]), store::TextOf(row[1]), store::TextOf(row[2]),
                        store::TextOf(row[3]), boost::json::parse(store::TextOf(row[4]))});
    }
    return events;
  }

  // A JSON string as text; "" for anything else.
  static std::string Text(const boost::json::value& value) {
    return value.is_string() ? std::string(value.get_string()) : std::string();
  }

  // The field names a 400 answer lists as at fault.
  static std::vector<std::string> FieldsAtFault(const Reply& reply) {
    std::vector<std::string> fields;
    if (!reply.json.is_object() || !reply.json.as_object().contains("errors")) return fields;
    for (const auto& error : reply.json.at("errors").as_array()) {
      fields.emplace_back(error.at("field").as_string());
    }
    return fields;
  }

  std::string acme_;
  Session owner_;
  Session admin_;
  Session editor_;
  Session viewer_;
};

}  // namespace waymark::workspaces::testkit
