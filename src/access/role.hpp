#pragma once

#include <optional>
#include <string_view>

namespace waymark::access {

// A member's role in a workspace, in increasing power: each role may do everything the
// ones below it may.
//   viewer: read projects, content and reports
//   editor: also write content (posts, interactions, segments)
//   admin:  also manage projects, keys, members and invitations, read the audit log
//   owner:  also make and unmake owners
enum class Role { kViewer = 1, kEditor = 2, kAdmin = 3, kOwner = 4 };

std::optional<Role> ParseRole(std::string_view name);
std::string_view RoleName(Role role);

inline bool AtLeast(Role role, Role needed) {
  return static_cast<int>(role) >= static_cast<int>(needed);
}

}  // namespace waymark::access
