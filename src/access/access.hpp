#pragma once

#include <string>

#include "access/role.hpp"

// What a route of the management API requires, declared next to its path, and who the
// caller turned out to be once admitted.
namespace waymark::access {

// What the route's resource belongs to, which decides whose role counts.
enum class Scope {
  kPublic,     // anyone, signed in or not (signup, login, password reset)
  kUser,       // any signed-in maker, for their own account
  kWorkspace,  // a workspace named by the {workspaceId} path parameter
  kProject,    // a project named by the {projectId} path parameter
  kInstance,   // the whole server: its operators (see ScopeFacts::instance_role)
};

struct Access {
  Scope scope = Scope::kPublic;
  Role role = Role::kViewer;  // the least role in the scope
  bool secret_key = false;    // a secret key of the project may call it (project scope)
  bool extension = false;     // an extension token may call it (builder actions)
};

// How the caller proved who they are.
enum class CredentialKind { kNone, kSession, kSecretKey, kExtensionToken };

struct Caller {
  CredentialKind kind = CredentialKind::kNone;
  std::string user_id;        // sessions and extension tokens; empty for a secret key
  std::string credential_id;  // the session, key or extension token row
  std::string session_token;  // the raw session cookie, from which the CSRF token derives
  Role role = Role::kViewer;  // in the route's scope
  std::string workspace_id;   // the route's workspace, for workspace and project scopes
  std::string project_id;     // the route's project, for project scope
  std::string ip;             // anonymized, for session rows and the audit log
  std::string user_agent;
};

}  // namespace waymark::access
