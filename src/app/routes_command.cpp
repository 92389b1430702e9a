#include <cstdio>

#include "app/commands.hpp"
#include "app/management_api.hpp"
#include "app/store.hpp"
#include "core/log.hpp"

namespace waymark::app {
namespace {

std::string_view ScopeName(access::Scope scope) {
  switch (scope) {
    case access::Scope::kPublic:
      return "public";
    case access::Scope::kUser:
      return "user";
    case access::Scope::kWorkspace:
      return "workspace";
    case access::Scope::kProject:
      return "project";
    case access::Scope::kInstance:
      return "instance";
  }
  return "?";
}

}  // namespace

int Routes(const Config& config) {
  InitLogging("warn");
  auto db = OpenMigratedStore(config);
  if (!db.ok()) {
    std::fprintf(stderr, "waymark routes: %s\n", db.status().message().c_str());
    return 1;
  }
  http::Router router;
  ManagementApi api(config, **db, router, {});
  std::printf("method\tpath\tscope\trole\tsecret_key\textension\n");
  for (const access::DeclaredRoute& route : api.routes()) {
    const std::string method(http::beast_http::to_string(route.method));
    std::printf("%s\t%s\t%.*s\t%.*s\t%s\t%s\n", method.c_str(), route.pattern.c_str(),
                static_cast<int>(ScopeName(route.access.scope).size()),
                ScopeName(route.access.scope).data(),
                static_cast<int>(access::RoleName(route.access.role).size()),
                access::RoleName(route.access.role).data(), route.access.secret_key ? "yes" : "no",
                route.access.extension ? "yes" : "no");
  }
  return 0;
}

}  // namespace waymark::app
