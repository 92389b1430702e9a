#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "projects/workspace_choice.hpp"
#include "store/database.hpp"

// Projects as stored. Every lookup names the workspace beside the project, so an id from
// another tenant finds nothing.
namespace waymark::projects {

struct Project {
  std::string id;
  std::string workspace_id;
  std::string name;
  std::string slug;        // unique across the instance, never changed
  std::string public_key;  // not secret: embedded in the widget snippet, stored as is
  std::int64_t created_at = 0;
};

// The columns ProjectOf reads, first in a row, from `projects` aliased as `p`.
inline constexpr std::string_view kProjectColumns =
    "p.id, p.workspace_id, p.name, p.slug, p.public_key, p.created_at";
Project ProjectOf(const std::vector<store::Value>& row);

// Every workspace `user_id` belongs to, with their role there.
Result<std::vector<Membership>> MembershipsOf(store::Transaction& tx, std::string_view user_id);

// A new project in `workspace_id`, under the first free slug of its name.
Result<Project> CreateProject(store::Transaction& tx, std::string_view workspace_id,
                              std::string name, std::int64_t now);

// The project; NotFound when `workspace_id` has no project `project_id`.
Result<Project> FindProject(store::Transaction& tx, std::string_view project_id,
                            std::string_view workspace_id);

// Renames the project, keeping its slug; NotFound as for FindProject.
Status RenameProject(store::Transaction& tx, std::string_view project_id,
                     std::string_view workspace_id, std::string_view name);

// Deletes the project and, with it, its keys; NotFound as for FindProject.
Status DeleteProject(store::Transaction& tx, std::string_view project_id,
                     std::string_view workspace_id);

}  // namespace waymark::projects
