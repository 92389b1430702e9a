#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "content/context.hpp"
#include "content/interaction_fields.hpp"
#include "content/interaction_json.hpp"
#include "content/interaction_store.hpp"
#include "content/responses.hpp"
#include "content/routes.hpp"
#include "core/clock.hpp"
#include "http/entity_tag.hpp"
#include "http/problem.hpp"

namespace waymark::content {
namespace {

using access::Caller;
using boost::asio::awaitable;
using http::StatusCode;

std::string InteractionIdOf(const http::Request& request) {
  return request.Param("interactionId").value_or("");
}

// The format a patch asks for, or "" when it keeps the format (or is not JSON at all).
std::string NewFormat(std::string_view patch) {
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(patch, ec);
  const auto* format = !ec && json.is_object() ? json.get_object().if_contains("format") : nullptr;
  return format != nullptr && format->is_string() ? std::string(format->get_string()) : "";
}

// Reads the draft from `fields` and checks that the posts it names are the project's.
awaitable<std::optional<InteractionDraft>> ReadChecked(Context& context, const Caller& caller,
                                                       http::JsonFields& fields) {
  InteractionDraft draft = ReadInteractionDraft(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return std::nullopt;
  auto missing = co_await MissingPosts(context.db, caller.project_id, ReferencedPosts(draft));
  if (!missing.ok()) {
    fields.Fail("postId", "could not be checked now; try again");
  } else if (!missing->empty()) {
    fields.Fail("postId", "names no post of this project: " + missing->front());
  }
  if (!fields.errors().empty()) co_return std::nullopt;
  co_return draft;
}

awaitable<http::Response> Create(Context& context, http::Request& request, const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  std::optional<InteractionDraft> draft = co_await ReadChecked(context, caller, fields);
  if (!draft) co_return fields.Problem();
  std::optional<Interaction> created;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto interaction = InsertInteraction(tx, caller.project_id, std::move(*draft), UnixNow());
    if (!interaction.ok()) return interaction.status();
    created = std::move(*interaction);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status);
  co_await context.Changed(caller.project_id);
  co_return Resource(InteractionJson(*created), created->version, StatusCode::created);
}

awaitable<http::Response> List(Context& context, http::Request& request, const Caller& caller) {
  auto page = http::ReadPageRequest(request);
  if (auto* refusal = std::get_if<http::Response>(&page)) co_return std::move(*refusal);
  const auto& [limit, after] = std::get<http::PageRequest>(page);
  std::optional<std::string> status = request.QueryParam("status");
  if (status && *status != "draft" && *status != "published" && *status != "archived") {
    co_return http::BadRequest("status must be draft, published or archived.", "status");
  }
  auto interactions =
      co_await ListInteractions(context.db, caller.project_id, status, after, limit + 1);
  if (!interactions.ok()) co_return Failure(interactions.status());
  const std::size_t shown = std::min(interactions->size(), static_cast<std::size_t>(limit));
  boost::json::array items;
  for (std::size_t i = 0; i < shown; ++i) items.push_back(InteractionJson((*interactions)[i]));
  std::optional<std::string> next;
  if (interactions->size() > shown) {
    const Interaction& last = (*interactions)[shown - 1];
    next = http::FormatCursor({last.created_at, last.id});
  }
  co_return Page(std::move(items), next);
}

awaitable<http::Response> Show(Context& context, http::Request& request, const Caller& caller) {
  auto interaction =
      co_await FindInteraction(context.db, caller.project_id, InteractionIdOf(request));
  if (!interaction.ok()) co_return Failure(interaction.status());
  co_return Resource(InteractionJson(*interaction), interaction->version);
}

// Lays `patch` over the stored interaction and writes the result if it is still at the
// version If-Match names: the one road for edits, publishing and unpublishing.
awaitable<http::Response> Change(Context& context, const http::Request& request,
                                 const Caller& caller, std::string_view patch) {
  auto current = co_await FindInteraction(context.db, caller.project_id, InteractionIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  http::JsonFields fields = Patched(EditableJson(current->draft, NewFormat(patch)), patch);
  std::optional<InteractionDraft> draft = co_await ReadChecked(context, caller, fields);
  if (!draft) co_return fields.Problem();
  std::optional<Interaction> updated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto interaction = UpdateInteraction(tx, *current, std::move(*draft), UnixNow());
    if (!interaction.ok()) return interaction.status();
    updated = std::move(*interaction);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status);
  if (!updated) co_return http::PreconditionFailed();  // changed between read and write
  co_await context.Changed(caller.project_id);
  co_return Resource(InteractionJson(*updated), updated->version);
}

awaitable<http::Response> Update(Context& context, http::Request& request, const Caller& caller) {
  co_return co_await Change(context, request, caller, request.body());
}

awaitable<http::Response> Publish(Context& context, http::Request& request, const Caller& caller) {
  co_return co_await Change(context, request, caller, R"({"status":"published"})");
}

awaitable<http::Response> Unpublish(Context& context, http::Request& request,
                                    const Caller& caller) {
  co_return co_await Change(context, request, caller, R"({"status":"draft"})");
}

awaitable<http::Response> Remove(Context& context, http::Request& request, const Caller& caller) {
  auto current = co_await FindInteraction(context.db, caller.project_id, InteractionIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  Status status = co_await context.db.Write([&](store::Transaction& tx) {
    return DeleteInteraction(tx, caller.project_id, current->id);
  });
  if (!status.ok()) co_return Failure(status);
  co_await context.Changed(caller.project_id);
  co_return http::Response::Empty();
}

}  // namespace

void AddInteractionRoutes(access::ApiRouter& api, Context& context) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  const std::string interactions = "/api/v1/projects/{projectId}/interactions";
  const std::string interaction = interactions + "/{interactionId}";
  // Extension tokens build interactions from the maker's own site (the browser extension).
  const access::Access read{
      .scope = Scope::kProject, .role = Role::kViewer, .secret_key = true, .extension = true};
  const access::Access write{
      .scope = Scope::kProject, .role = Role::kEditor, .secret_key = true, .extension = true};
  api.Add(Verb::post, interactions, write, access::Bind(context, Create));
  api.Add(Verb::get, interactions, read, access::Bind(context, List));
  api.Add(Verb::get, interaction, read, access::Bind(context, Show));
  api.Add(Verb::patch, interaction, write, access::Bind(context, Update));
  api.Add(Verb::post, interaction + "/publish", write, access::Bind(context, Publish));
  api.Add(Verb::post, interaction + "/unpublish", write, access::Bind(context, Unpublish));
  api.Add(Verb::delete_, interaction, write, access::Bind(context, Remove));
}

}  // namespace waymark::content
