#include "projects/workspace_choice.hpp"

namespace waymark::projects {

using access::AtLeast;
using access::Role;

WorkspaceChoice ChooseWorkspace(std::span<const Membership> memberships,
                                const std::optional<std::string>& requested) {
  if (requested) {
    for (const Membership& membership : memberships) {
      if (membership.workspace_id != *requested) continue;
      if (!AtLeast(membership.role, Role::kAdmin)) return {Choice::kRoleTooLow, {}, {}};
      return {Choice::kChosen, membership.workspace_id, membership.role};
    }
    return {Choice::kNoSuchWorkspace, {}, {}};
  }
  WorkspaceChoice choice{Choice::kNoneAdministered, {}, {}};
  for (const Membership& membership : memberships) {
    if (!AtLeast(membership.role, Role::kAdmin)) continue;
    if (choice.outcome == Choice::kChosen) return {Choice::kAmbiguous, {}, {}};
    choice = {Choice::kChosen, membership.workspace_id, membership.role};
  }
  return choice;
}

}  // namespace waymark::projects
