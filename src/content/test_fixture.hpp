// Test-only: a project with an owner, an editor and a viewer signed in, the content routes
// in front of a migrated store, and the calls the content route tests share.
#pragma once

#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "access/test_api.hpp"
#include "content/publishing.hpp"
#include "content/routes.hpp"

namespace waymark::content::testkit {

using access::testkit::Reply;
using access::testkit::Session;
using http::Verb;

inline std::string Text(const boost::json::value& json, std::string_view key) {
  const boost::json::value* value = json.is_object() ? json.as_object().if_contains(key) : nullptr;
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

// The fields a problem+json answer names.
inline std::vector<std::string> FieldsAtFault(const Reply& reply) {
  std::vector<std::string> fields;
  const boost::json::value* errors =
      reply.json.is_object() ? reply.json.as_object().if_contains("errors") : nullptr;
  if (errors == nullptr || !errors->is_array()) return fields;
  for (const auto& error : errors->as_array()) fields.push_back(Text(error, "field"));
  return fields;
}

class ContentTest : public access::testkit::ApiTest {
 protected:
  ContentTest() : publishing_(*db_) {
    AddRoutes(*api_, publishing_.context());
    workspace_ = CreateWorkspace("Acme");
    project_ = CreateProject(workspace_, "acme");
    as_owner_ = Member("owner@example.com", "owner");
    as_editor_ = Member("editor@example.com", "editor");
    as_viewer_ = Member("viewer@example.com", "viewer");
  }

  std::string CreateProject(const std::string& workspace, const std::string& slug) {
    std::string id = crypto::NewId();
    Exec(
        "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {id, workspace, "Acme " + slug, slug, "wm_pk_" + slug, UnixNow()});
    return id;
  }

  Session Member(const std::string& email, std::string_view role) {
    std::string user = CreateUser(email);
    AddMember(workspace_, user, role);
    return SignIn(user);
  }

  std::string Path(std::string_view kind, std::string_view suffix = "") const {
    return "/api/v1/projects/" + project_ + "/" + std::string(kind) + std::string(suffix);
  }

  Reply Post(std::string_view kind, const boost::json::object& body, const Session* as = nullptr) {
    return Call(Verb::post, Path(kind), boost::json::serialize(body), as ? as : &as_editor_);
  }

  // Creates and answers the id, failing the test if the API refused.
  std::string Created(std::string_view kind, const boost::json::object& body) {
    Reply reply = Post(kind, body);
    EXPECT_EQ(reply.status(), 201) << reply.response.body();
    return Text(reply.json, "id");
  }

  Publishing publishing_;
  std::string workspace_;
  std::string project_;
  Session as_owner_;
  Session as_editor_;
  Session as_viewer_;
};

}  // namespace waymark::content::testkit
