#include "widget/routes.hpp"

#include <boost/json/serialize.hpp>

#include "content/identity_secret.hpp"
#include "content/language_tag.hpp"
#include "core/clock.hpp"
#include "http/problem.hpp"
#include "widget/answers.hpp"
#include "widget/eligibility.hpp"
#include "widget/requests.hpp"
#include "widget/sighting_store.hpp"

namespace waymark::widget {
namespace {

using boost::asio::awaitable;
using http::Request;
using http::Response;

constexpr std::size_t kBodyLimit = 64 * 1024;

http::Response Unauthorized(std::string detail, std::string field, std::string message) {
  return http::ProblemResponse(
      {http::StatusCode::unauthorized, "Unauthorized", std::move(detail), {{field, message}}});
}

// A refusal when the project verifies identities and the hash is missing or wrong.
std::optional<Response> CheckIdentity(const WidgetContext& context,
                                      const content::Snapshot& snapshot,
                                      const std::optional<Identity>& user) {
  const content::ProjectSettings& project = snapshot.project;
  if (!user || !project.widget.identity_required) return std::nullopt;
  if (user->hash.empty()) {
    return Unauthorized("This project verifies identities: identify with a userHash.", "user.hash",
                        "is required");
  }
  const std::string secret =
      content::IdentitySecret(context.server_key, project.id, project.widget.identity_generation);
  if (content::VerifyUserHash(secret, user->id, user->hash)) return std::nullopt;
  return Unauthorized("The userHash is not the HMAC of this user id with the project's secret.",
                      "user.hash", "does not match the user id");
}

IsLive LiveIn(const content::Snapshot& snapshot) {
  return [&snapshot](std::string_view id) {
    const auto& live = snapshot.interactions;
    return std::any_of(live.begin(), live.end(), [&](const auto& i) { return i.id == id; });
  };
}

std::vector<std::string> PostIds(const FeedPage& page) {
  std::vector<std::string> ids;
  for (const auto* post : page.posts) ids.push_back(post->id);
  return ids;
}

std::string LanguageFor(const content::Snapshot& snapshot, const Visitor& visitor) {
  return visitor.user.language.empty() ? snapshot.project.default_language : visitor.user.language;
}

Response SessionFailure(const Status& status) {
  if (status.code() != Status::Code::kNotFound) return http::ServerFailure(status);
  return Unauthorized("The session is unknown or has expired; boot again.", "token",
                      "is not a live session of this project");
}

awaitable<Response> Boot(WidgetContext& context, Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  BootRequest boot = ReadBoot(fields);
  fields.RejectOthers();
  if (!boot.language.empty() && !content::IsLanguageTag(boot.language)) {
    fields.Fail("language", "must be a language tag such as en or fr-CA");
  }
  if (!fields.errors().empty()) co_return fields.Problem();
  Gate gate = co_await OpenGate(context.snapshots, request, boot.project_key);
  if (gate.refusal) co_return std::move(*gate.refusal);
  const content::Snapshot& snapshot = *gate.snapshot;
  if (auto refused = CheckIdentity(context, snapshot, boot.user)) {
    co_return Readable(request, std::move(*refused));
  }

  const std::int64_t now = UnixNow();
  const std::string& project_id = snapshot.project.id;
  // Rides on the boot's own write, at most once a minute per project: no write of its own.
  const std::optional<Sighting> sighting =
      context.sightings.Note(project_id, request.Header(http::Field::origin), now);
  const FeedPage page = PageOf(snapshot, "");
  std::optional<Visitor> visitor;
  std::map<std::string, Reactions> reactions;
  store::WriteFn admit = [&](store::Transaction& tx) -> Status {
    Status seen = sighting ? SaveSighting(tx, project_id, *sighting) : Status::Ok();
    if (!seen.ok()) return seen;
    auto admitted = Admit(tx, project_id, boot, LiveIn(snapshot), now);
    if (!admitted.ok()) return admitted.status();
    visitor = std::move(*admitted);
    auto counted = ReactionsTo(tx, PostIds(page), visitor->user.id);
    if (!counted.ok()) return counted.status();
    reactions = std::move(*counted);
    return Status::Ok();
  };
  // A page load of a continuing session only reads: on a reader, it never waits behind the
  // writes queued for the writer (analytics turns among them). Anything to save goes there;
  // a boot without a token opens a session, and a due sighting is saved, so those go at once.
  Status status;
  if (sighting || boot.token.empty()) {
    status = co_await context.db.Write(std::move(admit));
  } else {
    status = co_await context.db.ReadOrWrite(std::move(admit));
  }
  if (!status.ok()) {
    if (sighting) context.sightings.SaveFailed(project_id);
    co_return Readable(request, http::ServerFailure(status));
  }
  const std::string language = LanguageFor(snapshot, *visitor);
  const std::string changelog = ChangelogUrl(context.public_url, snapshot);
  const auto interactions = EligibleInteractions(snapshot, *visitor, boot.url, std::nullopt, now);
  FeedView feed{snapshot, language, changelog, page, reactions};
  co_return Readable(request, Response::Json(BootJson(feed, *visitor, interactions)));
}

std::string BearerToken(const Request& request) {
  std::string_view header = request.Header(http::Field::authorization);
  constexpr std::string_view kScheme = "Bearer ";
  return header.starts_with(kScheme) ? std::string(header.substr(kScheme.size())) : std::string();
}

awaitable<Response> Feed(WidgetContext& context, Request& request) {
  Gate gate =
      co_await OpenGate(context.snapshots, request, request.QueryParam("projectId").value_or(""));
  if (gate.refusal) co_return std::move(*gate.refusal);
  const content::Snapshot& snapshot = *gate.snapshot;
  const std::string token = BearerToken(request);
  const FeedPage page = PageOf(snapshot, request.QueryParam("cursor").value_or(""));
  std::optional<Visitor> visitor;
  std::map<std::string, Reactions> reactions;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto resumed = Resume(tx, snapshot.project.id, token, {}, LiveIn(snapshot), UnixNow());
    if (!resumed.ok()) return resumed.status();
    visitor = std::move(*resumed);
    auto counted = ReactionsTo(tx, PostIds(page), visitor->user.id);
    if (!counted.ok()) return counted.status();
    reactions = std::move(*counted);
    return Status::Ok();
  });
  if (!status.ok()) co_return Readable(request, SessionFailure(status));
  std::string language = request.QueryParam("language").value_or("");
  if (!content::IsLanguageTag(language)) language = LanguageFor(snapshot, *visitor);
  const std::string changelog = ChangelogUrl(context.public_url, snapshot);
  FeedView feed{snapshot, language, changelog, page, reactions};
  co_return Readable(request, Response::Json(FeedJson(feed)));
}

// Runs `work` on the visitor of the request's session in one transaction; answers 401 when
// the session is not live, else what `answer` makes of the visitor.
template <class Body, class Work, class Answer>
awaitable<Response> WithVisitor(WidgetContext& context, Request& request, const Body& body,
                                const State& client, Forget forget, Work work, Answer answer) {
  Gate gate = co_await OpenGate(context.snapshots, request, body.session.project_key);
  if (gate.refusal) co_return std::move(*gate.refusal);
  const content::Snapshot& snapshot = *gate.snapshot;
  std::optional<Visitor> visitor;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto resumed = Resume(tx, snapshot.project.id, body.session.token, client, LiveIn(snapshot),
                          UnixNow(), forget);
    if (!resumed.ok()) return resumed.status();
    visitor = std::move(*resumed);
    return work(tx, snapshot, *visitor);
  });
  if (!status.ok()) {
    if (status.code() == Status::Code::kInvalid) {
      co_return Readable(request, http::BadRequest(status.message(), "postId"));
    }
    co_return Readable(request, SessionFailure(status));
  }
  co_return Readable(request, answer(snapshot, *visitor));
}

Status NoWork(store::Transaction&, const content::Snapshot&, Visitor&) {
  return Status::Ok();
}

awaitable<Response> Interactions(WidgetContext& context, Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  InteractionsRequest body = ReadInteractions(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  auto answer = [&body](const content::Snapshot& snapshot, const Visitor& visitor) {
    return Response::Json(InteractionsJson(
        EligibleInteractions(snapshot, visitor, body.url, body.trigger, UnixNow())));
  };
  co_return co_await WithVisitor(context, request, body, body.state, Forget::kNothing, NoWork,
                                 std::move(answer));
}

awaitable<Response> ChangeState(WidgetContext& context, Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  StateRequest body = ReadStateChange(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  auto answer = [](const content::Snapshot&, const Visitor& visitor) {
    boost::json::object json{{"state", StateJson(visitor.state)}};
    return Response::Json(boost::json::serialize(json));
  };
  co_return co_await WithVisitor(context, request, body, body.state, body.forget, NoWork,
                                 std::move(answer));
}

awaitable<Response> ChangeUser(WidgetContext& context, Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  UserRequest body = ReadUser(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  auto work = [&body](store::Transaction& tx, const content::Snapshot&, Visitor& visitor) {
    ApplyProfile(body.profile, visitor.user);
    return SaveEndUser(tx, visitor.user, UnixNow());
  };
  auto answer = [](const content::Snapshot&, const Visitor& visitor) {
    boost::json::object json{{"user", UserJson(visitor.user)}};
    return Response::Json(boost::json::serialize(json));
  };
  const State unchanged;
  co_return co_await WithVisitor(context, request, body, unchanged, Forget::kNothing,
                                 std::move(work), std::move(answer));
}

awaitable<Response> React(WidgetContext& context, Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  ReactionRequest body = ReadReaction(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  Reactions result;
  auto work = [&body, &result](store::Transaction& tx, const content::Snapshot& snapshot,
                               Visitor& visitor) -> Status {
    const auto& posts = snapshot.posts;
    const bool published = std::any_of(posts.begin(), posts.end(),
                                       [&](const auto& post) { return post.id == body.post_id; });
    if (!published) return Status::Invalid("No published post of the project has this id.");
    Status set = SetReaction(tx, body.post_id, visitor.user.id, body.reaction, body.on, UnixNow());
    if (!set.ok()) return set;
    auto counted = ReactionsTo(tx, {body.post_id}, visitor.user.id);
    if (!counted.ok()) return counted.status();
    result = (*counted)[body.post_id];
    return Status::Ok();
  };
  auto answer = [&result](const content::Snapshot&, const Visitor&) {
    boost::json::object counts;
    for (const auto& [reaction, count] : result.counts) counts[reaction] = count;
    boost::json::object json{{"reactions", std::move(counts)},
                             {"mine", boost::json::array(result.mine.begin(), result.mine.end())}};
    return Response::Json(boost::json::serialize(json));
  };
  const State unchanged;
  co_return co_await WithVisitor(context, request, body, unchanged, Forget::kNothing,
                                 std::move(work), std::move(answer));
}

template <class Handler>
http::Handler Bind(WidgetContext& context, Handler handler) {
  return [&context, handler](Request& request) { return handler(context, request); };
}

}  // namespace

void AddRoutes(http::Router& router, WidgetContext& context, const WidgetCorsPolicy& cors) {
  using http::Verb;
  const http::RouteOptions options{.body_limit = kBodyLimit, .cors = &cors};
  router.Add(Verb::post, "/v1/widget/boot", Bind(context, Boot), options);
  router.Add(Verb::get, "/v1/widget/feed", Bind(context, Feed), options);
  router.Add(Verb::post, "/v1/widget/interactions", Bind(context, Interactions), options);
  router.Add(Verb::post, "/v1/widget/state", Bind(context, ChangeState), options);
  router.Add(Verb::post, "/v1/widget/user", Bind(context, ChangeUser), options);
  router.Add(Verb::post, "/v1/widget/reactions", Bind(context, React), options);
}

}  // namespace waymark::widget
