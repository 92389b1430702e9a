#include "content/snapshot_builder.hpp"

#include "content/interaction_snapshot.hpp"
#include "content/post_feed_json.hpp"
#include "content/post_store.hpp"
#include "content/stored_rules.hpp"
#include "markup/markdown.hpp"
#include "targeting/conditions.hpp"

namespace waymark::content {
namespace {

using boost::asio::awaitable;
using store::Value;

constexpr std::size_t kSummaryBytes = 280;

PostText Render(std::string language, const std::string& title, const std::string& body) {
  return {std::move(language), title, markup::MarkdownToHtml(body),
          markup::MarkdownToText(body, kSummaryBytes)};
}

awaitable<Status> ReadPosts(store::Database& db, const std::string& project_id,
                            Snapshot& snapshot) {
  std::vector<Value> params{project_id, std::int64_t{kSnapshotPosts}};
  auto rows = co_await db.Query("SELECT " + std::string(kPostColumns) +
                                    " FROM posts p WHERE p.project_id = ? AND p.status = "
                                    "'published' ORDER BY p.publish_at DESC, p.id DESC LIMIT ?",
                                std::move(params));
  if (!rows.ok()) co_return rows.status();
  for (const auto& row : rows->rows) snapshot.posts.push_back(Publish(PostOf(row)));
  co_return Status::Ok();
}

awaitable<Status> ReadSegments(store::Database& db, const std::string& project_id,
                               Snapshot& snapshot) {
  std::vector<Value> params{project_id};
  auto rows = co_await db.Query("SELECT id, conditions FROM segments WHERE project_id = ?",
                                std::move(params));
  if (!rows.ok()) co_return rows.status();
  for (const auto& row : rows->rows) {
    if (auto conditions = CompileStoredConditions(store::TextOf(row[1]))) {
      snapshot.segments.emplace(store::TextOf(row[0]), std::move(*conditions));
    }
  }
  co_return Status::Ok();
}

}  // namespace

PublishedPost Publish(const Post& post) {
  const PostDraft& draft = post.draft;
  PublishedPost published{post.id,
                          draft.slug,
                          draft.category,
                          draft.labels,
                          draft.cover_image_url,
                          draft.publish_at.value_or(post.updated_at),
                          post.updated_at,
                          {}};
  published.texts.push_back(Render(draft.language, draft.title, draft.body));
  for (const Variant& variant : draft.variants) {
    published.texts.push_back(Render(variant.language, variant.title, variant.body));
  }
  for (PostText& text : published.texts) text.feed_head = PostFeedHead(published, text);
  return published;
}

awaitable<Result<Snapshot>> BuildSnapshot(store::Database& db, std::string project_id,
                                          std::int64_t now) {
  auto project = co_await ReadProjectSettings(db, project_id);
  if (!project.ok()) co_return project.status();
  Snapshot snapshot;
  snapshot.project = std::move(*project);
  snapshot.built_at = now;
  Status read = co_await ReadPosts(db, project_id, snapshot);
  if (!read.ok()) co_return read;
  read = co_await ReadSegments(db, project_id, snapshot);
  if (!read.ok()) co_return read;
  read = co_await ReadLiveInteractions(db, project_id, now, snapshot);
  if (!read.ok()) co_return read;
  co_return snapshot;
}

}  // namespace waymark::content
