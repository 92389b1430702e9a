#include "demo/seed.hpp"

#include <boost/json/parse.hpp>

#include "content/interaction_fields.hpp"
#include "content/interaction_store.hpp"
#include "content/post_fields.hpp"
#include "content/post_store.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/run_blocking.hpp"
#include "demo/content.hpp"
#include "projects/project_store.hpp"

namespace waymark::demo {
namespace {

constexpr std::string_view kWorkspaceName = "Demo";
constexpr std::string_view kProjectName = "Waymark demo";

// The body of one post or interaction, checked as the API checks it; the demo's own
// content is valid, so an error here is a bug in content.cpp.
template <class Draft, class Read>
Result<Draft> Checked(const boost::json::value& body, Read read) {
  http::JsonFields fields = http::JsonFields::Of(body.as_object(), "");
  Draft draft = read(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) {
    const auto& error = fields.errors().front();
    return Status::Internal("demo content: " + error.field + " " + error.message);
  }
  return draft;
}

Status AddContent(store::Transaction& tx, const projects::Project& project, std::int64_t now,
                  DemoProject& demo) {
  const boost::json::value posts = boost::json::parse(DemoPosts());
  for (const auto& body : posts.as_array()) {
    auto draft = Checked<content::PostDraft>(body, [&](http::JsonFields& fields) {
      return content::ReadPostDraft(fields, now, project.default_language);
    });
    if (!draft.ok()) return draft.status();
    draft->status = content::PostStatus::kPublished;
    draft->publish_at = now;
    if (auto post = content::InsertPost(tx, project.id, std::move(*draft), now); !post.ok()) {
      return post.status();
    }
  }
  const boost::json::value interactions = boost::json::parse(DemoInteractions());
  for (const auto& body : interactions.as_array()) {
    auto draft = Checked<content::InteractionDraft>(body, content::ReadInteractionDraft);
    if (!draft.ok()) return draft.status();
    draft->status = "published";
    auto interaction = content::InsertInteraction(tx, project.id, std::move(*draft), now);
    if (!interaction.ok()) return interaction.status();
    if (interaction->draft.name == kTourName) demo.tour_id = interaction->id;
  }
  return Status::Ok();
}

Result<std::optional<DemoProject>> FindDemo(store::Transaction& tx) {
  const std::array<store::Value, 2> params{std::string(kTourName), std::string(kProjectName)};
  auto rows = tx.Query(
      "SELECT p.id, p.public_key, i.id FROM projects p "
      "LEFT JOIN interactions i ON i.project_id = p.id AND i.name = ? "
      "WHERE p.name = ? ORDER BY p.created_at LIMIT 1",
      params);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<DemoProject>();
  const auto& row = rows->rows[0];
  return std::optional(
      DemoProject{store::TextOf(row[0]), store::TextOf(row[1]), store::TextOf(row[2])});
}

Result<DemoProject> Create(store::Transaction& tx, const std::vector<std::string>& origins) {
  const std::int64_t now = UnixNow();
  const std::string workspace_id = crypto::NewId();
  const std::array<store::Value, 3> workspace{workspace_id, std::string(kWorkspaceName), now};
  auto made =
      tx.Execute("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)", workspace);
  if (!made.ok()) return made.status();
  auto project = projects::CreateProject(tx, workspace_id, std::string(kProjectName), now);
  if (!project.ok()) return project.status();
  project->widget.allowed_origins = origins;
  // Generous, so that a newcomer clicking around sees every kind of interaction at once.
  project->rate_limit_shows = 10;
  project->rate_limit_window_s = 60;
  project->widget.look["badgeMessage"] = {{"text", "See what's new"}, {"repeat", "always"}};
  if (Status saved = projects::SaveProject(tx, *project); !saved.ok()) return saved;
  DemoProject demo{project->id, project->public_key, {}};
  if (Status added = AddContent(tx, *project, now, demo); !added.ok()) return added;
  return demo;
}

}  // namespace

Result<DemoProject> SeedDemo(store::Database& db, const std::vector<std::string>& origins) {
  std::optional<DemoProject> demo;
  Status status = RunBlocking(db.Write([&](store::Transaction& tx) -> Status {
    auto found = FindDemo(tx);
    if (!found.ok()) return found.status();
    if (*found) {
      demo = std::move(**found);
      return Status::Ok();
    }
    auto created = Create(tx, origins);
    if (!created.ok()) return created.status();
    demo = std::move(*created);
    return Status::Ok();
  }));
  if (!status.ok()) return status;
  return std::move(*demo);
}

}  // namespace waymark::demo
