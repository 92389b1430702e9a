#pragma once

#include <optional>

#include "access/access.hpp"

namespace waymark::access {

enum class Verdict { kAllow, kForbidden, kNotFound };

// What the store says about the route's scope, for an authenticated caller.
struct ScopeFacts {
  // Sessions and extension tokens: the user's role in the scope; nullopt when the scope
  // does not exist or the user is not a member, which look the same from outside.
  std::optional<Role> member_role;
  // Secret keys: whether the scope is the key's project (or its workspace).
  bool key_in_scope = false;
  // Sessions, instance scope: owner for an instance owner (users.instance_owner); else the
  // user's best role in a workspace an instance owner owns (the operator's own team);
  // nullopt for everyone else.
  std::optional<Role> instance_role;
};

// Whether an authenticated caller may use a route. A scope the caller cannot see is
// NotFound, never Forbidden, so nobody learns what other tenants have; within their own
// scope, a credential or role short of the route's needs is Forbidden.
Verdict Decide(const Access& access, CredentialKind kind, const ScopeFacts& facts);

}  // namespace waymark::access
