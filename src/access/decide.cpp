#include "access/decide.hpp"

namespace waymark::access {

Verdict Decide(const Access& access, CredentialKind kind, const ScopeFacts& facts) {
  switch (access.scope) {
    case Scope::kPublic:
      return Verdict::kAllow;
    case Scope::kUser:
      if (kind == CredentialKind::kSecretKey) return Verdict::kForbidden;
      if (kind == CredentialKind::kExtensionToken && !access.extension) return Verdict::kForbidden;
      return kind == CredentialKind::kNone ? Verdict::kForbidden : Verdict::kAllow;
    case Scope::kInstance:
      // A person, in a browser: no key or extension token speaks for the whole server.
      if (kind != CredentialKind::kSession) return Verdict::kForbidden;
      // Every tenant may know the server exists: Forbidden, not NotFound.
      return facts.instance_role && AtLeast(*facts.instance_role, access.role)
                 ? Verdict::kAllow
                 : Verdict::kForbidden;
    case Scope::kWorkspace:
    case Scope::kProject:
      break;
  }
  if (kind == CredentialKind::kSecretKey) {
    if (!facts.key_in_scope) return Verdict::kNotFound;
    return access.secret_key ? Verdict::kAllow : Verdict::kForbidden;
  }
  if (kind == CredentialKind::kNone || !facts.member_role) return Verdict::kNotFound;
  if (kind == CredentialKind::kExtensionToken && !access.extension) return Verdict::kForbidden;
  return AtLeast(*facts.member_role, access.role) ? Verdict::kAllow : Verdict::kForbidden;
}

}  // namespace waymark::access
