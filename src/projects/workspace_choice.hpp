#pragma once

#include <optional>
#include <span>
#include <string>

#include "access/role.hpp"

namespace waymark::projects {

struct Membership {
  std::string workspace_id;
  access::Role role = access::Role::kViewer;
};

enum class Choice {
  kChosen,
  kNoSuchWorkspace,   // the named workspace does not exist or the caller is not in it
  kRoleTooLow,        // the caller is in the named workspace, below admin
  kNoneAdministered,  // none named, and the caller administers no workspace
  kAmbiguous,         // none named, and the caller administers several
};

struct WorkspaceChoice {
  Choice outcome = Choice::kNoSuchWorkspace;
  std::string workspace_id;                   // when chosen
  access::Role role = access::Role::kViewer;  // the caller's role there, when chosen
};

// Where a new project goes, given every membership of the caller: the workspace `requested`
// names, which they must administer (admin or owner), or else the one workspace they
// administer when there is exactly one.
WorkspaceChoice ChooseWorkspace(std::span<const Membership> memberships,
                                const std::optional<std::string>& requested);

}  // namespace waymark::projects
