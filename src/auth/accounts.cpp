#include "auth/accounts.hpp"

#include "core/crypto.hpp"
#include "workspaces/invitations.hpp"
#include "workspaces/workspace_store.hpp"

namespace waymark::auth {

namespace {

// "Ada’s workspace", or a plain name when that would pass the 100 bytes names may have.
std::string FirstWorkspaceName(const std::string& owner_name) {
  std::string name = owner_name + "\u2019s workspace";
  return name.size() <= 100 ? name : std::string("My workspace");
}

}  // namespace

Result<CreatedAccount> CreateAccount(store::Transaction& tx, const AccountRequest& request,
                                     std::int64_t now) {
  auto users = CountUsers(tx);
  if (!users.ok()) return users.status();
  const bool first = *users == 0;
  // Whether this signup may happen at all is settled before the email is looked at, so
  // only someone who may sign up can learn that an address is taken.
  if (!first && !request.invitation && !request.may_start_workspace) {
    return Status::Invalid("signup is by invitation only");
  }
  if (!first && request.invitation) {
    auto pending = workspaces::FindPendingInvitation(tx, *request.invitation, now);
    if (!pending.ok()) return pending.status();
  }
  auto existing = FindUserByEmail(tx, request.email);
  if (!existing.ok()) return existing.status();
  if (existing->has_value()) return Status::Conflict("an account already uses this email");

  CreatedAccount account;
  account.user =
      User{crypto::NewId(), request.email, request.name, request.password_hash, first, now};
  if (Status inserted = InsertUser(tx, account.user); !inserted.ok()) return inserted;
  if (request.invitation && !first) {
    auto joined = workspaces::AcceptInvitation(tx, *request.invitation, account.user.id, now);
    if (!joined.ok()) return joined.status();
    account.workspace_id = joined->workspace_id;
    account.role = joined->role;
    return account;
  }
  auto workspace =
      workspaces::CreateWorkspace(tx, FirstWorkspaceName(request.name), account.user.id, now);
  if (!workspace.ok()) return workspace.status();
  account.workspace_id = *workspace;
  return account;
}

}  // namespace waymark::auth
