#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "access/role.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

// Invitations to join a workspace. The token is a bearer secret handed to the inviter once
// (to pass on in a link); only its digest is stored. Each invitation admits one person.
namespace waymark::workspaces {

inline constexpr std::int64_t kInvitationLifetimeSeconds = 7 * 24 * 3600;

struct IssuedInvitation {
  std::string id;
  std::string token;  // shown once
  std::int64_t expires_at;
};

// A new invitation to join `workspace_id` as `role`. `email` only says whom it was meant
// for; whoever holds the token may accept it.
Result<IssuedInvitation> IssueInvitation(store::Transaction& tx, std::string_view workspace_id,
                                         access::Role role, std::optional<std::string> email,
                                         std::string_view invited_by, std::int64_t now);

struct PendingInvitation {
  std::string id;
  std::string workspace_id;
  access::Role role = access::Role::kViewer;
};

// The invitation `token` names, if it may still be accepted; NotFound otherwise (unknown,
// used, revoked or expired alike).
Result<PendingInvitation> FindPendingInvitation(store::Transaction& tx, std::string_view token,
                                                std::int64_t now);

struct Joined {
  std::string workspace_id;
  access::Role role;
};

// Makes `user_id` a member by the invitation `token`, using it up. NotFound, with the same
// message whatever the reason, when the token is unknown, used, revoked or expired;
// Conflict, leaving the invitation unused, when the user is already a member.
Result<Joined> AcceptInvitation(store::Transaction& tx, std::string_view token,
                                std::string_view user_id, std::int64_t now);

// Withdraws a pending invitation of `workspace_id`. NotFound when there is none by that id.
Status RevokeInvitation(store::Transaction& tx, std::string_view workspace_id,
                        std::string_view invitation_id, std::int64_t now);

// What decides whether an invitation may still be accepted.
struct InvitationState {
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> accepted_at;
  std::optional<std::int64_t> revoked_at;
};

bool IsPending(const InvitationState& state, std::int64_t now);

}  // namespace waymark::workspaces
