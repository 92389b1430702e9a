#include "analytics/routes.hpp"

#include "analytics/event_rules.hpp"
#include "analytics/ingest_answers.hpp"
#include "analytics/sdk_events.hpp"
#include "analytics/segment_messages.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"

namespace waymark::analytics {
namespace {

using boost::asio::awaitable;
using http::Request;
using http::Response;

constexpr std::chrono::seconds kSegmentPatience{5};

// A body the server cannot read reveals nothing of any project, so any page may read why.
Response ReadableByAll(const Request& request, Response response) {
  if (!request.Header(http::Field::origin).empty()) {
    response.SetHeader("Access-Control-Allow-Origin", "*");
  }
  return response;
}

awaitable<Response> Events(IngestContext& context, Request& request) {
  auto read = ReadEventBatch(request.body(), UnixNowMs());
  if (auto* problem = std::get_if<http::Problem>(&read)) {
    co_return ReadableByAll(request, http::ProblemResponse(*problem));
  }
  EventBatch& batch = std::get<EventBatch>(read);
  widget::Gate gate = co_await widget::OpenGate(context.snapshots, request, batch.project_key);
  if (gate.refusal) co_return std::move(*gate.refusal);
  if (batch.events.empty() && !batch.rejected.empty()) {
    co_return widget::Readable(request, AllRejected(batch.rejected));
  }
  const Status saved = co_await context.ingestor.Save(gate.snapshot->project.id, batch.events);
  if (!saved.ok()) {
    Response refusal = http::ServerFailure(saved);
    refusal.SetHeader("Access-Control-Expose-Headers", "Retry-After");  // the SDK waits as told
    co_return widget::Readable(request, std::move(refusal));
  }
  co_return widget::Readable(request, SavedAnswer(batch.events, batch.rejected));
}

// Segment's writeKey: the user name of Basic auth (with an empty password), else the body's.
std::string WriteKey(const Request& request, const SegmentBatch& batch) {
  std::string_view header = request.Header(http::Field::authorization);
  constexpr std::string_view kBasic = "Basic ";
  if (!header.starts_with(kBasic)) return batch.write_key;
  header.remove_prefix(kBasic.size());
  const std::string decoded = crypto::FromBase64(header).value_or("");
  return decoded.substr(0, decoded.find(':'));
}

Response UnknownWriteKey() {
  return http::ProblemResponse({http::StatusCode::unauthorized,
                                "Unauthorized",
                                "Send a project's public key as the writeKey.",
                                {{"writeKey", "is not a project's public key"}}});
}

awaitable<Response> SegmentCallOf(IngestContext& context, Request& request, SegmentCall call) {
  auto read = ReadSegment(call, request.body(), UnixNowMs());
  if (auto* problem = std::get_if<http::Problem>(&read)) {
    co_return http::ProblemResponse(*problem);
  }
  SegmentBatch& batch = std::get<SegmentBatch>(read);
  const std::string key = WriteKey(request, batch);
  if (key.empty()) co_return UnknownWriteKey();
  auto snapshot = co_await context.snapshots.GetByKey(key);
  if (!snapshot.ok()) {
    if (snapshot.status().code() == Status::Code::kNotFound) co_return UnknownWriteKey();
    co_return http::ServerFailure(snapshot.status());
  }
  const Status saved =
      co_await context.ingestor.Save((*snapshot)->project.id, batch.events, batch.profiles);
  if (!saved.ok()) co_return http::ServerFailure(saved);
  // Servers call identify and then expect targeting to know the traits: answer once stored
  // (or, past the patience, durable and stored soon).
  co_await context.ingestor.Settle(kSegmentPatience);
  co_return SavedAnswer(batch.events, batch.rejected, true);
}

}  // namespace

void AddIngestRoutes(http::Router& router, IngestContext& context,
                     const widget::WidgetCorsPolicy& cors) {
  using http::Verb;
  router.Add(Verb::post, "/v1/events",
             [&context](Request& request) { return Events(context, request); },
             {.body_limit = kMaxRequestBytes, .cors = &cors});
  // Larger than Segment's limits, so that a body past them gets Segment's 400, not a 413.
  const http::RouteOptions segment{.body_limit = 2 * kMaxRequestBytes};
  const std::pair<const char*, SegmentCall> calls[] = {
      {"/v1/batch", SegmentCall::kBatch},       {"/v1/track", SegmentCall::kTrack},
      {"/v1/identify", SegmentCall::kIdentify}, {"/v1/page", SegmentCall::kPage},
      {"/v1/screen", SegmentCall::kScreen},     {"/v1/group", SegmentCall::kGroup},
      {"/v1/alias", SegmentCall::kAlias},
  };
  for (const auto& [path, call] : calls) {
    router.Add(
        Verb::post, path,
        [&context, call](Request& request) { return SegmentCallOf(context, request, call); },
        segment);
  }
}

}  // namespace waymark::analytics
