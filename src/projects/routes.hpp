#pragma once

#include <functional>
#include <string>

#include "access/api_router.hpp"
#include "store/database.hpp"

namespace waymark::projects {

using ProjectChanged = std::function<boost::asio::awaitable<void>(std::string project_id)>;

// What the project routes work with. `changed`, when set, is awaited after a project's
// settings change or it is deleted, before the answer, so that what serves its content
// (content::Context::Changed) follows at once.
struct ProjectContext {
  store::Database& db;
  ProjectChanged changed;
  std::string server_key;  // what identity secrets derive from (content/identity_secret.hpp)
};

// The management API of projects and their secret keys:
//   POST, GET            /api/v1/projects
//   GET, PATCH, DELETE   /api/v1/projects/{projectId}
//   GET, POST            /api/v1/projects/{projectId}/keys
//   DELETE               /api/v1/projects/{projectId}/keys/{keyId}
//   GET                  /api/v1/projects/{projectId}/identity-secret
//   POST                 /api/v1/projects/{projectId}/identity-secret/rotate
// REQUIRES: `context` outlives the router.
void AddRoutes(access::ApiRouter& api, ProjectContext& context);

}  // namespace waymark::projects
