#include "workspaces/routes.hpp"

#include "workspaces/handlers.hpp"

namespace waymark::workspaces {

void AddRoutes(access::ApiRouter& api, store::Database& db, const WorkspaceOptions& options) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  const access::Access user{.scope = Scope::kUser};
  const access::Access viewer{.scope = Scope::kWorkspace, .role = Role::kViewer};
  const access::Access admin{.scope = Scope::kWorkspace, .role = Role::kAdmin};

  api.Add(Verb::get, "/api/v1/workspaces", user, access::Bind(db, GetWorkspaces));
  api.Add(Verb::post, "/api/v1/workspaces", user, access::Bind(db, PostWorkspace));
  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}", viewer, access::Bind(db, GetWorkspace));
  api.Add(Verb::patch, "/api/v1/workspaces/{workspaceId}", admin, access::Bind(db, PatchWorkspace));

  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}/members", viewer,
          access::Bind(db, GetMembers));
  api.Add(Verb::patch, "/api/v1/workspaces/{workspaceId}/members/{userId}", admin,
          access::Bind(db, PatchMember));
  api.Add(Verb::delete_, "/api/v1/workspaces/{workspaceId}/members/{userId}", admin,
          access::Bind(db, DeleteMember));

  api.Add(Verb::post, "/api/v1/workspaces/{workspaceId}/invitations", admin,
          [&db, url = options.public_url](http::Request& request, const access::Caller& caller) {
            return PostInvitation(db, url, request, caller);
          });
  api.Add(Verb::get, "/api/v1/workspaces/{workspaceId}/invitations", admin,
          access::Bind(db, GetInvitations));
  api.Add(Verb::delete_, "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}", admin,
          access::Bind(db, DeleteInvitation));
  api.Add(Verb::get, "/api/v1/invitations/{token}", {.scope = Scope::kPublic},
          access::Bind(db, GetInvitation));
  api.Add(Verb::post, "/api/v1/invitations/{token}/accept", user, access::Bind(db, PostAccept));
}

}  // namespace waymark::workspaces
