#include "content/post_store.hpp"

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <limits>
#include <set>

#include "content/post_json.hpp"
#include "content/post_published.hpp"
#include "core/crypto.hpp"
#include "core/slug.hpp"

namespace waymark::content {

using boost::asio::awaitable;
using store::Value;

namespace {

Value PublishAtValue(const PostDraft& draft) {
  return draft.publish_at ? Value(*draft.publish_at) : Value(nullptr);
}

// The slugs of the project's posts a post titled like `base` could collide with. A slug
// holds only [a-z0-9-], so `base` needs no escaping inside the LIKE pattern.
Result<std::set<std::string, std::less<>>> SlugsLike(store::Transaction& tx,
                                                     std::string_view project_id,
                                                     std::string_view base) {
  const std::array<Value, 3> params{std::string(project_id), std::string(base),
                                    std::string(base) + "-%"};
  auto rows =
      tx.Query("SELECT slug FROM posts WHERE project_id = ? AND (slug = ? OR slug LIKE ?)", params);
  if (!rows.ok()) return rows.status();
  std::set<std::string, std::less<>> taken;
  for (const auto& row : rows->rows) taken.insert(store::TextOf(row[0]));
  return taken;
}

Status ChooseSlug(store::Transaction& tx, std::string_view project_id, PostDraft& draft) {
  if (!draft.slug.empty()) return Status::Ok();
  std::string base = Slugify(draft.title);
  auto taken = SlugsLike(tx, project_id, base);
  if (!taken.ok()) return taken.status();
  draft.slug = FirstFreeSlug(base, *taken);
  return Status::Ok();
}

}  // namespace

Post PostOf(const std::vector<Value>& row) {
  Post post{store::TextOf(row[0]), store::TextOf(row[1]), {},
            store::IntOf(row[12]), store::IntOf(row[13]), store::IntOf(row[14])};
  PostDraft& draft = post.draft;
  draft.slug = store::TextOf(row[2]);
  draft.status = ParsePostStatus(store::TextOf(row[3])).value_or(PostStatus::kDraft);
  draft.publish_at = store::OptionalIntOf(row[4]);
  draft.language = store::TextOf(row[5]);
  draft.title = store::TextOf(row[6]);
  draft.body = store::TextOf(row[7]);
  draft.variants = VariantsFromText(store::TextOf(row[8]));
  draft.category = store::TextOf(row[9]);
  draft.labels = LabelsFromText(store::TextOf(row[10]));
  draft.cover_image_url = store::TextOf(row[11]);
  return post;
}

Result<Post> InsertPost(store::Transaction& tx, std::string_view project_id, PostDraft draft,
                        std::int64_t now) {
  if (Status chosen = ChooseSlug(tx, project_id, draft); !chosen.ok()) return chosen;
  Post post{crypto::NewId(), std::string(project_id), std::move(draft), 1, now, now};
  const PostDraft& d = post.draft;
  const std::array<Value, 15> row{post.id,
                                  post.project_id,
                                  d.slug,
                                  std::string(PostStatusName(d.status)),
                                  PublishAtValue(d),
                                  d.language,
                                  d.title,
                                  d.body,
                                  VariantsText(d.variants),
                                  d.category,
                                  LabelsText(d.labels),
                                  d.cover_image_url,
                                  post.version,
                                  post.created_at,
                                  post.updated_at};
  auto inserted = tx.Execute(
      "INSERT INTO posts (id, project_id, slug, status, publish_at, language, title, body, "
      "variants, category, labels, cover_image_url, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row);
  if (!inserted.ok()) return inserted.status();
  if (d.status == PostStatus::kPublished) {
    Status noted = NotePostPublished(tx, post.project_id, post.id, d.title, d.slug,
                                     d.publish_at.value_or(now));
    if (!noted.ok()) return noted;
  }
  return post;
}

Result<std::optional<Post>> UpdatePost(store::Transaction& tx, const Post& current, PostDraft draft,
                                       std::int64_t now) {
  if (draft.slug.empty()) draft.slug = current.draft.slug;  // stable through title edits
  Post post{current.id,          current.project_id, std::move(draft),
            current.version + 1, current.created_at, now};
  const PostDraft& d = post.draft;
  const std::array<Value, 15> row{d.slug,
                                  std::string(PostStatusName(d.status)),
                                  PublishAtValue(d),
                                  d.language,
                                  d.title,
                                  d.body,
                                  VariantsText(d.variants),
                                  d.category,
                                  LabelsText(d.labels),
                                  d.cover_image_url,
                                  post.version,
                                  post.updated_at,
                                  post.id,
                                  post.project_id,
                                  current.version};
  auto changed = tx.Execute(
      "UPDATE posts SET slug = ?, status = ?, publish_at = ?, language = ?, title = ?, body = ?, "
      "variants = ?, category = ?, labels = ?, cover_image_url = ?, version = ?, updated_at = ? "
      "WHERE id = ? AND project_id = ? AND version = ?",
      row);
  if (!changed.ok()) return changed.status();
  if (*changed == 0) return std::optional<Post>();
  if (d.status == PostStatus::kPublished && current.draft.status != PostStatus::kPublished) {
    Status noted = NotePostPublished(tx, post.project_id, post.id, d.title, d.slug,
                                     d.publish_at.value_or(now));
    if (!noted.ok()) return noted;
  }
  return std::optional<Post>(std::move(post));
}

Status DeletePost(store::Transaction& tx, std::string_view project_id, std::string_view id) {
  const std::array<Value, 2> params{std::string(id), std::string(project_id)};
  auto deleted = tx.Execute("DELETE FROM posts WHERE id = ? AND project_id = ?", params);
  if (!deleted.ok()) return deleted.status();
  return *deleted == 0 ? Status::NotFound("no such post") : Status::Ok();
}

awaitable<Result<Post>> FindPost(store::Database& db, std::string project_id, std::string id) {
  std::vector<Value> params{std::move(id), std::move(project_id)};
  auto rows = co_await db.Query(
      "SELECT " + std::string(kPostColumns) + " FROM posts p WHERE p.id = ? AND p.project_id = ?",
      std::move(params));
  if (!rows.ok()) co_return rows.status();
  if (rows->empty()) co_return Status::NotFound("no such post");
  co_return PostOf(rows->rows[0]);
}

awaitable<Result<std::vector<Post>>> ListPosts(store::Database& db, std::string project_id,
                                               std::optional<PostStatus> status,
                                               std::optional<http::Cursor> after, int limit) {
  http::Cursor from = after.value_or(http::Cursor{std::numeric_limits<std::int64_t>::max(), ""});
  std::vector<Value> params{std::move(project_id), from.at, from.at, from.id};
  std::string sql = "SELECT " + std::string(kPostColumns) +
                    " FROM posts p WHERE p.project_id = ? AND (p.created_at < ? OR "
                    "(p.created_at = ? AND p.id < ?))";
  if (status) {
    sql += " AND p.status = ?";
    params.emplace_back(std::string(PostStatusName(*status)));
  }
  sql += " ORDER BY p.created_at DESC, p.id DESC LIMIT ?";
  params.emplace_back(std::int64_t{limit});
  auto rows = co_await db.Query(std::move(sql), std::move(params));
  if (!rows.ok()) co_return rows.status();
  std::vector<Post> posts;
  for (const auto& row : rows->rows) posts.push_back(PostOf(row));
  co_return posts;
}

awaitable<Result<ReactionCounts>> CountReactions(store::Database& db, std::string project_id,
                                                 std::vector<std::string> post_ids) {
  ReactionCounts counts;
  if (post_ids.empty()) co_return counts;
  std::string sql =
      "SELECT r.post_id, r.reaction, COUNT(*) FROM post_reactions r JOIN posts p ON p.id = "
      "r.post_id WHERE p.project_id = ? AND r.post_id IN (" +
      store::Placeholders(post_ids.size()) + ") GROUP BY r.post_id, r.reaction";
  std::vector<Value> params{std::move(project_id)};
  for (std::string& id : post_ids) params.emplace_back(std::move(id));
  auto rows = co_await db.Query(std::move(sql), std::move(params));
  if (!rows.ok()) co_return rows.status();
  for (const auto& row : rows->rows) {
    counts[store::TextOf(row[0])][store::TextOf(row[1])] = store::IntOf(row[2]);
  }
  co_return counts;
}

}  // namespace waymark::content
