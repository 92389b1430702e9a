#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "access/role.hpp"
#include "auth/users.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::auth {

struct AccountRequest {
  std::string email;  // normalized
  std::string name;
  std::string password_hash;
  std::optional<std::string> invitation;  // an invitation token
  // Whether a new account may start its own workspace without an invitation: open
  // signup, or an operator at the command line.
  bool may_start_workspace = false;
};

struct CreatedAccount {
  User user;
  std::string workspace_id;
  access::Role role = access::Role::kOwner;
};

// Creates an account, in one transaction with its first membership:
//   - the instance's first account becomes its owner, with a workspace of its own;
//   - an invitation joins its workspace with its role;
//   - otherwise a new workspace, when `may_start_workspace`.
// Invalid: signup is by invitation only. NotFound: the invitation is unknown, used or
// expired. Conflict: the email has an account (checked last, so that only someone allowed
// to sign up can learn it).
Result<CreatedAccount> CreateAccount(store::Transaction& tx, const AccountRequest& request,
                                     std::int64_t now);

}  // namespace waymark::auth
