#pragma once

#include "access/api_router.hpp"
#include "core/status.hpp"
#include "http/json_fields.hpp"
#include "http/response.hpp"
#include "projects/routes.hpp"
#include "store/database.hpp"

// What the two halves of the projects API share.
namespace waymark::projects {

void AddProjectRoutes(access::ApiRouter& api, ProjectContext& context);   // project_routes.cpp
void AddKeyRoutes(access::ApiRouter& api, store::Database& db);           // key_routes.cpp
void AddIdentityRoutes(access::ApiRouter& api, ProjectContext& context);  // identity_routes.cpp

// Project and key names.
inline constexpr http::TextRule kNameRule{.min_length = 1, .max_length = 100};

// The answer to a store operation that failed: 404 for NotFound (the row is not the
// caller's, or no longer exists), else http::ServerFailure (503 when the store is busy).
http::Response StoreFailure(const Status& status);

}  // namespace waymark::projects
