#include "content/project_settings.hpp"

namespace waymark::content {

boost::asio::awaitable<Result<ProjectSettings>> ReadProjectSettings(store::Database& db,
                                                                    std::string project_id) {
  std::vector<store::Value> params{std::move(project_id)};
  auto rows = co_await db.Query(
      "SELECT id, name, slug, public_key, default_language, rate_limit_shows, "
      "rate_limit_window_s, allowed_origins, identity_required, identity_generation, "
      "consent_mode, look FROM projects WHERE id = ?",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return Status::NotFound("no such project");
  const auto& row = rows->rows[0];
  co_return ProjectSettings{
      store::TextOf(row[0]),
      store::TextOf(row[1]),
      store::TextOf(row[2]),
      store::TextOf(row[3]),
      store::TextOf(row[4]),
      static_cast<int>(store::IntOf(row[5])),
      store::IntOf(row[6]),
      WidgetSettingsOf(store::TextOf(row[7]), store::IntOf(row[8]) != 0, store::IntOf(row[9]),
                       store::TextOf(row[10]), store::TextOf(row[11]))};
}

}  // namespace waymark::content
