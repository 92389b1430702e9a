#include "projects/project_store.hpp"

#include <array>

#include "access/secrets.hpp"
#include "core/crypto.hpp"
#include "core/slug.hpp"

namespace waymark::projects {

using store::Value;

namespace {

// The slugs, in use or retired, a project named after `base` could collide with. A slug holds only
// [a-z0-9-], so `base` needs no escaping inside the LIKE pattern.
Result<std::set<std::string, std::less<>>> SlugsLike(store::Transaction& tx,
                                                     std::string_view base) {
  const std::string like = std::string(base) + "-%";
  const std::array<Value, 4> params{std::string(base), like, std::string(base), like};
  auto rows = tx.Query(
      "SELECT slug FROM projects WHERE slug = ? OR slug LIKE ? "
      "UNION SELECT slug FROM retired_slugs WHERE slug = ? OR slug LIKE ?",
      params);
  if (!rows.ok()) return rows.status();
  std::set<std::string, std::less<>> taken;
  for (const auto& row : rows->rows) taken.insert(store::TextOf(row[0]));
  return taken;
}

Status OneChanged(Result<std::int64_t> changed) {
  if (!changed.ok()) return changed.status();
  return *changed == 0 ? Status::NotFound("no such project") : Status::Ok();
}

}  // namespace

Project ProjectOf(const std::vector<Value>& row) {
  return {store::TextOf(row[0]),
          store::TextOf(row[1]),
          store::TextOf(row[2]),
          store::TextOf(row[3]),
          store::TextOf(row[4]),
          store::IntOf(row[5]),
          store::TextOf(row[6]),
          static_cast<int>(store::IntOf(row[7])),
          store::IntOf(row[8]),
          content::WidgetSettingsOf(store::TextOf(row[9]), store::IntOf(row[10]) != 0,
                                    store::IntOf(row[11]), store::TextOf(row[12]),
                                    store::TextOf(row[13])),
          store::OptionalIntOf(row[14]),
          store::IsNull(row[15]) ? std::nullopt : std::optional(store::TextOf(row[15]))};
}

Result<std::vector<Membership>> MembershipsOf(store::Transaction& tx, std::string_view user_id) {
  const std::array<Value, 1> params{std::string(user_id)};
  auto rows = tx.Query("SELECT workspace_id, role FROM memberships WHERE user_id = ?", params);
  if (!rows.ok()) return rows.status();
  std::vector<Membership> memberships;
  for (const auto& row : rows->rows) {
    // The schema's CHECK admits only role names ParseRole knows.
    if (auto role = access::ParseRole(store::TextOf(row[1]))) {
      memberships.push_back({store::TextOf(row[0]), *role});
    }
  }
  return memberships;
}

Result<Project> CreateProject(store::Transaction& tx, std::string_view workspace_id,
                              std::string name, std::int64_t now) {
  const std::string base = Slugify(name);
  // The writer runs one transaction at a time, so the slug found free stays free until the
  // insert below.
  auto taken = SlugsLike(tx, base);
  if (!taken.ok()) return taken.status();
  Project project{.id = crypto::NewId(),
                  .workspace_id = std::string(workspace_id),
                  .name = std::move(name),
                  .slug = FirstFreeSlug(base, *taken),
                  .public_key = std::string(access::kPublicKeyPrefix) + crypto::RandomToken(24),
                  .created_at = now};
  const std::array<Value, 6> row{project.id,   project.workspace_id, project.name,
                                 project.slug, project.public_key,   project.created_at};
  auto inserted = tx.Execute(
      "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      row);
  if (!inserted.ok()) return inserted.status();
  return project;
}

Result<Project> FindProject(store::Transaction& tx, std::string_view project_id,
                            std::string_view workspace_id) {
  const std::array<Value, 2> params{std::string(project_id), std::string(workspace_id)};
  auto rows = tx.Query("SELECT " + std::string(kProjectColumns) +
                           " FROM projects p WHERE p.id = ? AND p.workspace_id = ?",
                       params);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("no such project");
  return ProjectOf(rows->rows[0]);
}

Status SaveProject(store::Transaction& tx, const Project& project) {
  const content::WidgetSettings& widget = project.widget;
  const std::array<Value, 11> params{project.name,
                                     project.default_language,
                                     std::int64_t{project.rate_limit_shows},
                                     project.rate_limit_window_s,
                                     content::OriginsJson(widget),
                                     std::int64_t{widget.identity_required ? 1 : 0},
                                     widget.identity_generation,
                                     widget.consent_mode,
                                     content::LookJson(widget),
                                     project.id,
                                     project.workspace_id};
  return OneChanged(
      tx.Execute("UPDATE projects SET name = ?, default_language = ?, rate_limit_shows = ?, "
                 "rate_limit_window_s = ?, allowed_origins = ?, identity_required = ?, "
                 "identity_generation = ?, consent_mode = ?, look = ? "
                 "WHERE id = ? AND workspace_id = ?",
                 params));
}

Status DeleteProject(store::Transaction& tx, std::string_view project_id,
                     std::string_view workspace_id, std::int64_t now) {
  const std::array<Value, 3> retire{now, std::string(project_id), std::string(workspace_id)};
  const std::array<Value, 2> params{std::string(project_id), std::string(workspace_id)};
  // The slug is retired, never given to another project: readers of the old changelog
  // and its feed must not start reading someone else's.
  auto retired = tx.Execute(
      "INSERT INTO retired_slugs (slug, retired_at) SELECT slug, ? FROM projects "
      "WHERE id = ? AND workspace_id = ?",
      retire);
  if (!retired.ok()) return retired.status();
  return OneChanged(tx.Execute("DELETE FROM projects WHERE id = ? AND workspace_id = ?", params));
}

}  // namespace waymark::projects
