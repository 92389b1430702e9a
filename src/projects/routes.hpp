#pragma once

#include "access/api_router.hpp"
#include "store/database.hpp"

namespace waymark::projects {

// The management API of projects and their secret keys:
//   POST, GET            /api/v1/projects
//   GET, PATCH, DELETE   /api/v1/projects/{projectId}
//   GET, POST            /api/v1/projects/{projectId}/keys
//   DELETE               /api/v1/projects/{projectId}/keys/{keyId}
void AddRoutes(access::ApiRouter& api, store::Database& db);

}  // namespace waymark::projects
