#include "auth/routes.hpp"

namespace waymark::auth {

void AddRoutes(access::ApiRouter& api, Auth& auth) {
  AddSignInRoutes(api, auth);
  AddPasswordRoutes(api, auth);
  AddSessionRoutes(api, auth);
  AddExtensionTokenRoutes(api, auth);
}

}  // namespace waymark::auth
