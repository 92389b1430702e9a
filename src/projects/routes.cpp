#include "projects/routes.hpp"

#include "http/problem.hpp"
#include "projects/route_parts.hpp"

namespace waymark::projects {

void AddRoutes(access::ApiRouter& api, ProjectContext& context) {
  AddProjectRoutes(api, context);
  AddKeyRoutes(api, context.db);
  AddIdentityRoutes(api, context);
}

http::Response StoreFailure(const Status& status) {
  if (status.code() == Status::Code::kNotFound) return http::NotFound();
  return http::ServerFailure(status);
}

}  // namespace waymark::projects
