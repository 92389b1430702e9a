#include "workspaces/routes.hpp"

#include "workspaces/handlers.hpp"

namespace waymark::workspaces {
namespace {

using access::Caller;
using HandlerFn = Handled (*)(store::Database&, http::Request&, const Caller&);

access::ApiHandler With(store::Database& db, HandlerFn handler) {
  return [&db, handler](http::Request& request, const Caller& caller) {
    return handler(db, request, caller);
  };
}

}  // namespace

void AddRoutes(access::ApiRouter& api, store::Database& db, const WorkspaceOptions& options) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  const access::Access user{.scope = Scope::kUser};
  const access::Access viewer{.scope = Scope::kWorkspace, .role = Role::kViewer};
  const access::Access admin{.scope = Scope::kWorkspace, .role = Role::kAdmin};

  api.Add(Verb::get, "/api/v1/workspaces", user, With(db, GetWorkspaces));
  api.Add(Verb::post, "/api/v1/workspaces", user, With(db, PostWorkspace));
  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}", viewer, With(db, GetWorkspace));
  api.Add(Verb::patch, "/api/v1/workspaces/{workspaceId}", admin, With(db, PatchWorkspace));

  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}/members", viewer, With(db, GetMembers));
  api.Add(Verb::patch, "/api/v1/workspaces/{workspaceId}/members/{userId}", admin,
          With(db, PatchMember));
  api.Add(Verb::delete_, "/api/v1/workspaces/{workspaceId}/members/{userId}", admin,
          With(db, DeleteMember));

  api.Add(Verb::post, "/api/v1/workspaces/{workspaceId}/invitations", admin,
          [&db, url = options.public_url](http::Request& request, const Caller& caller) {
            return PostInvitation(db, url, request, caller);
          });
  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}/invitations", admin,
          With(db, GetInvitations));
  api.Add(Verb::delete_, "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}", admin,
          With(db, DeleteInvitation));
  api.Add(Verb::get, "/api/v1/invitations/{token}", {.scope = Scope::kPublic},
          With(db, GetInvitation));
  api.Add(Verb::post, "/api/v1/invitations/{token}/accept", user, With(db, PostAccept));
}

}  // namespace waymark::workspaces
