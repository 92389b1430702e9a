#pragma once

#include "access/api_router.hpp"
#include "auth/auth.hpp"

// The account API under /api/v1/auth and /api/v1/extension-tokens.
namespace waymark::auth {

void AddRoutes(access::ApiRouter& api, Auth& auth);

// The parts, one file each.
void AddSignInRoutes(access::ApiRouter& api, Auth& auth);
void AddPasswordRoutes(access::ApiRouter& api, Auth& auth);
void AddSessionRoutes(access::ApiRouter& api, Auth& auth);
void AddExtensionTokenRoutes(access::ApiRouter& api, Auth& auth);

}  // namespace waymark::auth
