#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "content/audience_count.hpp"
#include "content/context.hpp"
#include "content/responses.hpp"
#include "content/routes.hpp"
#include "content/segment_store.hpp"
#include "core/clock.hpp"
#include "http/entity_tag.hpp"
#include "http/problem.hpp"

namespace waymark::content {
namespace {

using access::Caller;
using boost::asio::awaitable;
using http::StatusCode;

std::string SegmentIdOf(const http::Request& request) {
  return request.Param("segmentId").value_or("");
}

awaitable<http::Response> Create(Context& context, http::Request& request, const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  SegmentDraft draft = ReadSegmentDraft(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  std::optional<Segment> created;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto segment = InsertSegment(tx, caller.project_id, std::move(draft), UnixNow());
    if (!segment.ok()) return segment.status();
    created = std::move(*segment);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status, "name");
  co_await context.Changed(caller.project_id);
  co_return Resource(SegmentJson(*created), created->version, StatusCode::created);
}

awaitable<http::Response> List(Context& context, http::Request& request, const Caller& caller) {
  auto page = http::ReadPageRequest(request);
  if (auto* refusal = std::get_if<http::Response>(&page)) co_return std::move(*refusal);
  const auto& [limit, after] = std::get<http::PageRequest>(page);
  auto segments = co_await ListSegments(context.db, caller.project_id, after, limit + 1);
  if (!segments.ok()) co_return Failure(segments.status());
  const std::size_t shown = std::min(segments->size(), static_cast<std::size_t>(limit));
  boost::json::array items;
  for (std::size_t i = 0; i < shown; ++i) items.push_back(SegmentJson((*segments)[i]));
  std::optional<std::string> next;
  if (segments->size() > shown) {
    const Segment& last = (*segments)[shown - 1];
    next = http::FormatCursor({last.created_at, last.id});
  }
  co_return Page(std::move(items), next);
}

awaitable<http::Response> Show(Context& context, http::Request& request, const Caller& caller) {
  auto segment = co_await FindSegment(context.db, caller.project_id, SegmentIdOf(request));
  if (!segment.ok()) co_return Failure(segment.status());
  co_return Resource(SegmentJson(*segment), segment->version);
}

awaitable<http::Response> Update(Context& context, http::Request& request, const Caller& caller) {
  auto current = co_await FindSegment(context.db, caller.project_id, SegmentIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  http::JsonFields fields = Patched(EditableJson(current->draft), request.body());
  SegmentDraft draft = ReadSegmentDraft(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  std::optional<Segment> updated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto segment = UpdateSegment(tx, *current, std::move(draft), UnixNow());
    if (!segment.ok()) return segment.status();
    updated = std::move(*segment);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status, "name");
  if (!updated) co_return http::PreconditionFailed();
  co_await context.Changed(caller.project_id);
  co_return Resource(SegmentJson(*updated), updated->version);
}

// A segment an interaction's audience names cannot go: the interaction would silently stop
// reaching anyone.
awaitable<http::Response> Remove(Context& context, http::Request& request, const Caller& caller) {
  auto current = co_await FindSegment(context.db, caller.project_id, SegmentIdOf(request));
  if (!current.ok()) co_return Failure(current.status());
  if (!http::IfMatchAllows(request.Header("If-Match"), current->version)) {
    co_return http::PreconditionFailed();
  }
  auto users = co_await InteractionsUsing(context.db, caller.project_id, current->id);
  if (!users.ok()) co_return Failure(users.status());
  if (!users->empty()) co_return InUse("Interactions target this segment", *users);
  Status status = co_await context.db.Write(
      [&](store::Transaction& tx) { return DeleteSegment(tx, caller.project_id, current->id); });
  if (!status.ok()) co_return Failure(status);
  co_await context.Changed(caller.project_id);
  co_return http::Response::Empty();
}

// {"conditions": <group>} -> {"matching": N, "total": M}: the live count of known end-users.
awaitable<http::Response> Preview(Context& context, http::Request& request, const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  const boost::json::value* json = fields.OptionalValue("conditions");
  fields.RejectOthers();
  std::vector<http::FieldError> errors;
  std::optional<targeting::Conditions> conditions;
  if (json == nullptr) {
    fields.Fail("conditions", "is required");
  } else {
    conditions = targeting::ParseConditions(*json, "conditions", errors);
  }
  for (auto& error : errors) fields.Fail(error.field, std::move(error.message));
  if (!fields.errors().empty()) co_return fields.Problem();
  auto count = co_await CountAudience(context.db, caller.project_id, *conditions, UnixNow());
  if (!count.ok()) co_return Failure(count.status());
  boost::json::object body{{"matching", count->matching}, {"total", count->total}};
  co_return http::Response::Json(boost::json::serialize(body));
}

}  // namespace

void AddSegmentRoutes(access::ApiRouter& api, Context& context) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  const std::string segments = "/api/v1/projects/{projectId}/segments";
  const std::string segment = segments + "/{segmentId}";
  const access::Access read{
      .scope = Scope::kProject, .role = Role::kViewer, .secret_key = true, .extension = true};
  const access::Access write{.scope = Scope::kProject, .role = Role::kEditor, .secret_key = true};
  api.Add(Verb::post, segments, write, access::Bind(context, Create));
  api.Add(Verb::get, segments, read, access::Bind(context, List));
  // A count changes nothing, but reads every end-user: viewers may look, as on any report.
  api.Add(Verb::post, segments + "/preview", read, access::Bind(context, Preview));
  api.Add(Verb::get, segment, read, access::Bind(context, Show));
  api.Add(Verb::patch, segment, write, access::Bind(context, Update));
  api.Add(Verb::delete_, segment, write, access::Bind(context, Remove));
}

}  // namespace waymark::content
