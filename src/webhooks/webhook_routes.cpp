#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <optional>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "http/problem.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/route_parts.hpp"
#include "webhooks/signature.hpp"
#include "webhooks/webhook_fields.hpp"
#include "webhooks/webhook_json.hpp"
#include "webhooks/webhook_store.hpp"

namespace waymark::webhooks {
namespace {

using access::Caller;
using boost::asio::awaitable;

// The details name the webhook as it is after the change, never its secret.
Status Audit(store::Transaction& tx, const Caller& caller, std::string action,
             const Webhook& webhook, std::int64_t now_ms) {
  audit::AuditEvent event = audit::By(caller, std::move(action), "webhook:" + webhook.id);
  boost::json::array events;
  for (const std::string& name : webhook.events) events.emplace_back(name);
  event.details = {{"projectId", webhook.project_id},
                   {"url", webhook.url},
                   {"events", std::move(events)},
                   {"active", webhook.active}};
  return audit::Record(tx, event, now_ms / 1000);
}

// A secret is in this answer only: no cache may keep a copy.
http::Response WithSecret(boost::json::object body, const WebhookContext& context,
                          const Webhook& webhook, http::StatusCode status = http::StatusCode::ok) {
  body["secret"] = SigningSecret(context.server_key, webhook.id, webhook.secret_generation);
  http::Response response = http::Response::Json(boost::json::serialize(body), status);
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

awaitable<http::Response> List(WebhookContext& context, http::Request&, const Caller& caller) {
  auto webhooks = co_await ListWebhooks(context.db, caller.project_id);
  if (!webhooks.ok()) co_return Failure(webhooks.status());
  boost::json::array items;
  for (const Webhook& webhook : *webhooks) items.push_back(WebhookJson(webhook));
  boost::json::object body{{"items", std::move(items)}};
  co_return http::Response::Json(boost::json::serialize(body));
}

awaitable<http::Response> Create(WebhookContext& context, http::Request& request,
                                 const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  WebhookChanges changes = ReadWebhookChanges(fields, true, context.allow_private_networks);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNowMs();
  Webhook webhook{.id = crypto::NewId(),
                  .project_id = caller.project_id,
                  .url = std::move(*changes.url),
                  .events = std::move(*changes.events),
                  .active = changes.active.value_or(true),
                  .secret_generation = 1,
                  .created_by = std::nullopt,
                  .created_at = now,
                  .updated_at = now};
  if (!caller.user_id.empty()) webhook.created_by = caller.user_id;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    if (Status inserted = InsertWebhook(tx, webhook); !inserted.ok()) return inserted;
    return Audit(tx, caller, "webhook.created", webhook, now);
  });
  if (!status.ok()) co_return Failure(status);
  co_return WithSecret(WebhookJson(webhook), context, webhook, http::StatusCode::created);
}

awaitable<http::Response> Show(WebhookContext& context, http::Request& request,
                               const Caller& caller) {
  auto webhook = co_await FindWebhook(context.db, caller.project_id, WebhookIdOf(request));
  if (!webhook.ok()) co_return Failure(webhook.status());
  co_return http::Response::Json(boost::json::serialize(WebhookJson(*webhook)));
}

awaitable<http::Response> Update(WebhookContext& context, http::Request& request,
                                 const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  WebhookChanges changes = ReadWebhookChanges(fields, false, context.allow_private_networks);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNowMs();
  std::optional<Webhook> updated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto webhook = FindWebhook(tx, caller.project_id, WebhookIdOf(request));
    if (!webhook.ok()) return webhook.status();
    if (changes.url) webhook->url = *changes.url;
    if (changes.events) webhook->events = *changes.events;
    if (changes.active) webhook->active = *changes.active;
    webhook->updated_at = now;
    if (Status saved = SaveWebhook(tx, *webhook); !saved.ok()) return saved;
    updated = std::move(*webhook);
    return Audit(tx, caller, "webhook.updated", *updated, now);
  });
  if (!status.ok()) co_return Failure(status);
  co_return http::Response::Json(boost::json::serialize(WebhookJson(*updated)));
}

// Its deliveries go with it, sent or not.
awaitable<http::Response> Remove(WebhookContext& context, http::Request& request,
                                 const Caller& caller) {
  const std::int64_t now = UnixNowMs();
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto webhook = FindWebhook(tx, caller.project_id, WebhookIdOf(request));
    if (!webhook.ok()) return webhook.status();
    if (Status deleted = DeleteWebhook(tx, caller.project_id, webhook->id); !deleted.ok()) {
      return deleted;
    }
    return Audit(tx, caller, "webhook.deleted", *webhook, now);
  });
  if (!status.ok()) co_return Failure(status);
  co_return http::Response::Empty();
}

awaitable<http::Response> ShowSecret(WebhookContext& context, http::Request& request,
                                     const Caller& caller) {
  auto webhook = co_await FindWebhook(context.db, caller.project_id, WebhookIdOf(request));
  if (!webhook.ok()) co_return Failure(webhook.status());
  co_return WithSecret({}, context, *webhook);
}

// The old secret ends at once: deliveries sent from now on, retries included, are signed
// with the new one.
awaitable<http::Response> RotateSecret(WebhookContext& context, http::Request& request,
                                       const Caller& caller) {
  const std::int64_t now = UnixNowMs();
  std::optional<Webhook> rotated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto webhook = FindWebhook(tx, caller.project_id, WebhookIdOf(request));
    if (!webhook.ok()) return webhook.status();
    webhook->secret_generation += 1;
    webhook->updated_at = now;
    if (Status saved = SaveWebhook(tx, *webhook); !saved.ok()) return saved;
    rotated = std::move(*webhook);
    return Audit(tx, caller, "webhook.secret_rotated", *rotated, now);
  });
  if (!status.ok()) co_return Failure(status);
  co_return WithSecret({}, context, *rotated);
}

}  // namespace

void AddWebhookRoutes(access::ApiRouter& api, WebhookContext& context) {
  using http::Verb;
  const std::string webhooks = "/api/v1/projects/{projectId}/webhooks";
  const std::string webhook = webhooks + "/{webhookId}";
  const access::Access admin{.scope = access::Scope::kProject, .role = access::Role::kAdmin};
  api.Add(Verb::get, webhooks, admin, access::Bind(context, List));
  api.Add(Verb::post, webhooks, admin, access::Bind(context, Create));
  api.Add(Verb::get, webhook, admin, access::Bind(context, Show));
  api.Add(Verb::patch, webhook, admin, access::Bind(context, Update));
  api.Add(Verb::delete_, webhook, admin, access::Bind(context, Remove));
  api.Add(Verb::get, webhook + "/secret", admin, access::Bind(context, ShowSecret));
  api.Add(Verb::post, webhook + "/rotate-secret", admin, access::Bind(context, RotateSecret));
}

}  // namespace waymark::webhooks
