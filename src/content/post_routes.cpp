#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "content/context.hpp"
#include "content/interaction_store.hpp"
#include "content/post_fields.hpp"
#include "content/post_json.hpp"
#include "content/post_store.hpp"
#include "content/project_settings.hpp"
#include "content/responses.hpp"
#include "content/routes.hpp"
#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "http/entity_tag.hpp"
#include "http/problem.hpp"

namespace waymark::content {
namespace {

using access::Caller;
using boost::asio::awaitable;
using http::StatusCode;

std::string PostIdOf(const http::Request& request) {
  return request.Param("postId").value_or("");
}

awaitable<http::Response> Create(Context& context, http::Request& request, const Caller& caller) {
  auto project = co_await ReadProjectSettings(context.db, caller.project_id);
  if (!project.ok()) co_return Failure(project.status());
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  PostDraft draft = ReadPostDraft(fields, UnixNow(), project->default_language);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  std::optional<Post> created;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto post = InsertPost(tx, caller.project_id, std::move(draft), UnixNow());
    if (!post.ok()) return post.status();
    created = std::move(*post);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status, "slug");
  co_await context.Changed(caller.project_id);
  co_return Resource(PostJson(*created, {}), created->version, StatusCode::created);
}

awaitable<http::Response> List(Context& context, http::Request& request, const Caller& caller) {
  auto page = http::ReadPageRequest(request);
  if (auto* refusal = std::get_if<http::Response>(&page)) co_return std::move(*refusal);
  const auto& [limit, after] = std::get<http::PageRequest>(page);
  std::optional<PostStatus> status;
  if (auto name = request.QueryParam("status")) {
    status = ParsePostStatus(*name);
    if (!status) {
      co_return http::BadRequest("status must be draft, scheduled, published or archived.",
                                 "status");
    }
  }
  auto posts = co_await ListPosts(context.db, caller.project_id, status, after, limit + 1);
  if (!posts.ok()) co_return Failure(posts.status());
  const std::size_t shown = std::min(posts->size(), static_cast<std::size_t>(limit));
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < shown; ++i) ids.push_back((*posts)[i].id);
  auto reactions = co_await CountReactions(context.db, caller.project_id, std::move(ids));
  if (!reactions.ok()) co_return Failure(reactions.status());

  boost::json::array items;
  for (std::size_t i = 0; i < shown; ++i) {
    const Post& post = (*posts)[i];
    items.push_back(PostJson(post, (*reactions)[post.id]));
  }
  std::optional<std::string> next;
  if (posts->size() > shown) {
    const Post& last = (*posts)[shown - 1];
    next = http::FormatCursor({last.created_at, last.id});
  }
  co_return Page(std::move(items), next);
}

awaitable<http::Response> Show(Context& context, http::Request& request, const Caller& caller) {
  auto post = co_await FindPost(context.db, caller.project_id, PostIdOf(request));
  if (!post.ok()) co_return Failure(post.status());
  std::vector<std::string> ids{post->id};
  auto reactions = co_await CountReactions(context.db, caller.project_id, std::move(ids));
  if (!reactions.ok()) co_return Failure(reactions.status());
  co_return Resource(PostJson(*post, (*reactions)[post->id]), post->version);
}

// Lays `patch` (a JSON object) over the stored post and writes the result, if the post is
// still at the version If-Match names: the one road for edits, publishing and unpublishing.
awaitable<http::Response> Change(Context& context, const http::Request& request,
                                 const Caller& caller, std::string_view patch) {
  auto current = co_await FindPost(context.db, caller.project_id, PostIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  auto project = co_await ReadProjectSettings(context.db, caller.project_id);
  if (!project.ok()) co_return Failure(project.status());
  http::JsonFields fields = Patched(EditableJson(current->draft), patch);
  PostDraft draft = ReadPostDraft(fields, UnixNow(), project->default_language);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  std::optional<Post> updated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto post = UpdatePost(tx, *current, std::move(draft), UnixNow());
    if (!post.ok()) return post.status();
    updated = std::move(*post);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status, "slug");
  if (!updated) co_return http::PreconditionFailed();  // changed between read and write
  co_await context.Changed(caller.project_id);
  std::vector<std::string> ids{updated->id};
  auto reactions = co_await CountReactions(context.db, caller.project_id, std::move(ids));
  if (!reactions.ok()) co_return Failure(reactions.status());
  co_return Resource(PostJson(*updated, (*reactions)[updated->id]), updated->version);
}

awaitable<http::Response> Update(Context& context, http::Request& request, const Caller& caller) {
  co_return co_await Change(context, request, caller, request.body());
}

// Publishes now, or at `publishAt` when the body names a time to come.
awaitable<http::Response> Publish(Context& context, http::Request& request, const Caller& caller) {
  std::string_view body = request.body();
  if (body.empty()) body = "{}";
  http::JsonFields fields = http::JsonFields::FromBody(body);
  std::optional<std::int64_t> at = fields.OptionalTime("publishAt");
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  const std::int64_t now = UnixNow();
  boost::json::object patch{{"status", at && *at > now ? "scheduled" : "published"},
                            {"publishAt", Iso8601(at.value_or(now))}};
  const std::string patch_text = boost::json::serialize(patch);
  co_return co_await Change(context, request, caller, patch_text);
}

awaitable<http::Response> Unpublish(Context& context, http::Request& request,
                                    const Caller& caller) {
  co_return co_await Change(context, request, caller, R"({"status":"draft"})");
}

awaitable<http::Response> Remove(Context& context, http::Request& request, const Caller& caller) {
  auto current = co_await FindPost(context.db, caller.project_id, PostIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  auto linking = co_await InteractionsLinking(context.db, caller.project_id, current->id);
  if (!linking.ok()) co_return Failure(linking.status());
  if (!linking->empty()) co_return InUse("Interactions link to this post", *linking);
  Status status = co_await context.db.Write(
      [&](store::Transaction& tx) { return DeletePost(tx, caller.project_id, current->id); });
  if (!status.ok()) co_return Failure(status);
  co_await context.Changed(caller.project_id);
  co_return http::Response::Empty();
}

}  // namespace

void AddPostRoutes(access::ApiRouter& api, Context& context) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  const std::string posts = "/api/v1/projects/{projectId}/posts";
  const std::string post = posts + "/{postId}";
  const access::Access read{
      .scope = Scope::kProject, .role = Role::kViewer, .secret_key = true, .extension = true};
  const access::Access write{.scope = Scope::kProject, .role = Role::kEditor, .secret_key = true};
  api.Add(Verb::post, posts, write, access::Bind(context, Create));
  api.Add(Verb::get, posts, read, access::Bind(context, List));
  api.Add(Verb::get, post, read, access::Bind(context, Show));
  api.Add(Verb::patch, post, write, access::Bind(context, Update));
  api.Add(Verb::post, post + "/publish", write, access::Bind(context, Publish));
  api.Add(Verb::post, post + "/unpublish", write, access::Bind(context, Unpublish));
  api.Add(Verb::delete_, post, write, access::Bind(context, Remove));
}

}  // namespace waymark::content
