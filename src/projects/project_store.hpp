#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/widget_settings.hpp"
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
  std::string default_language = "en";          // of posts that have no variant in a reader's
  int rate_limit_shows = 1;                     // interactions one end-user sees at most...
  std::int64_t rate_limit_window_s = 4 * 3600;  // ...in this many seconds
  content::WidgetSettings widget{};
  // When the widget last booted on a page of the project's site, and that page's origin;
  // written by the widget at most once a minute (widget/sightings.hpp), never saved here.
  std::optional<std::int64_t> sdk_seen_at{};
  std::optional<std::string> sdk_seen_origin{};
};

// The columns ProjectOf reads, first in a row, from `projects` aliased as `p`.
inline constexpr std::string_view kProjectColumns =
    "p.id, p.workspace_id, p.name, p.slug, p.public_key, p.created_at, p.default_language, "
    "p.rate_limit_shows, p.rate_limit_window_s, p.allowed_origins, p.identity_required, "
    "p.identity_generation, p.consent_mode, p.look, p.sdk_seen_at, p.sdk_seen_origin";
inline constexpr std::size_t kProjectColumnCount = 16;
Project ProjectOf(const std::vector<store::Value>& row);

// Every workspace `user_id` belongs to, with their role there.
Result<std::vector<Membership>> MembershipsOf(store::Transaction& tx, std::string_view user_id);

// A new project in `workspace_id`, under the first free slug of its name.
Result<Project> CreateProject(store::Transaction& tx, std::string_view workspace_id,
                              std::string name, std::int64_t now);

// The project; NotFound when `workspace_id` has no project `project_id`.
Result<Project> FindProject(store::Transaction& tx, std::string_view project_id,
                            std::string_view workspace_id);

// Saves the project's name and settings (never its slug or key); NotFound as for
// FindProject.
Status SaveProject(store::Transaction& tx, const Project& project);

// Deletes the project and, with it, its keys and content, retiring its slug for good;
// NotFound as for FindProject.
Status DeleteProject(store::Transaction& tx, std::string_view project_id,
                     std::string_view workspace_id, std::int64_t now);

}  // namespace waymark::projects
