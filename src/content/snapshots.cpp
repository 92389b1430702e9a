#include "content/snapshots.hpp"

#include "content/snapshot_builder.hpp"
#include "core/clock.hpp"

namespace waymark::content {

using boost::asio::awaitable;

Snapshots::Handle Snapshots::Find(const std::string& project_id) const {
  std::lock_guard lock(mutex_);
  auto found = by_project_.find(project_id);
  return found == by_project_.end() ? nullptr : found->second;
}

void Snapshots::Install(Handle snapshot) {
  std::lock_guard lock(mutex_);
  Handle& slot = by_project_[snapshot->project.id];
  if (slot != nullptr && slot->sequence > snapshot->sequence) return;  // a later build won
  slug_to_id_[snapshot->project.slug] = snapshot->project.id;
  key_to_id_[snapshot->project.public_key] = snapshot->project.id;
  slot = std::move(snapshot);
  builds_.fetch_add(1);
}

void Snapshots::Forget(const std::string& project_id) {
  std::lock_guard lock(mutex_);
  by_project_.erase(project_id);
  std::erase_if(slug_to_id_, [&](const auto& entry) { return entry.second == project_id; });
  std::erase_if(key_to_id_, [&](const auto& entry) { return entry.second == project_id; });
}

awaitable<Status> Snapshots::Rebuild(std::string project_id) {
  // Taken before reading: a build that starts later sees every write this one saw.
  const std::uint64_t sequence = sequence_.fetch_add(1) + 1;
  auto built = co_await BuildSnapshot(db_, project_id, UnixNow());
  if (!built.ok()) {
    if (built.status().code() == Status::Code::kNotFound) Forget(project_id);
    co_return built.status();
  }
  built->sequence = sequence;
  auto snapshot = std::make_shared<Snapshot>(std::move(*built));
  snapshot->Link();
  Install(std::move(snapshot));
  co_return Status::Ok();
}

awaitable<Result<Snapshots::Handle>> Snapshots::Get(std::string project_id) {
  if (Handle found = Find(project_id)) co_return found;
  Status built = co_await Rebuild(project_id);
  if (!built.ok()) co_return built;
  Handle found = Find(project_id);
  if (found == nullptr) co_return Status::NotFound("no such project");
  co_return found;
}

awaitable<Result<Snapshots::Handle>> Snapshots::GetBySlug(std::string slug) {
  return GetBy("slug", slug_to_id_, std::move(slug));
}

awaitable<Result<Snapshots::Handle>> Snapshots::GetByKey(std::string public_key) {
  return GetBy("public_key", key_to_id_, std::move(public_key));
}

Snapshots::Handle Snapshots::LoadedByKey(std::string_view public_key) const {
  std::lock_guard lock(mutex_);
  auto id = key_to_id_.find(std::string(public_key));
  if (id == key_to_id_.end()) return nullptr;
  auto found = by_project_.find(id->second);
  return found == by_project_.end() ? nullptr : found->second;
}

awaitable<Result<Snapshots::Handle>> Snapshots::GetBy(
    std::string_view column, const std::unordered_map<std::string, std::string>& index,
    std::string value) {
  std::string project_id;
  {
    std::lock_guard lock(mutex_);
    if (auto found = index.find(value); found != index.end()) project_id = found->second;
  }
  if (project_id.empty()) {
    std::vector<store::Value> params{std::move(value)};
    auto rows = co_await db_.Query("SELECT id FROM projects WHERE " + std::string(column) + " = ?",
                                   std::move(params));
    if (!rows.ok()) co_return rows.status();
    if (rows->empty()) co_return Status::NotFound("no such project");
    project_id = store::TextOf(rows->rows[0][0]);
  }
  co_return co_await Get(std::move(project_id));
}

std::vector<Snapshots::Handle> Snapshots::Loaded() const {
  std::lock_guard lock(mutex_);
  std::vector<Handle> loaded;
  loaded.reserve(by_project_.size());
  for (const auto& [id, snapshot] : by_project_) loaded.push_back(snapshot);
  return loaded;
}

}  // namespace waymark::content
