#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/clock.hpp"
#include "http/json_fields.hpp"
#include "http/page.hpp"
#include "webhooks/delivery_store.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/route_parts.hpp"
#include "webhooks/webhook_json.hpp"
#include "webhooks/webhook_store.hpp"

namespace waymark::webhooks {
namespace {

using access::Caller;
using boost::asio::awaitable;

// The delivery log of a webhook, newest first.
awaitable<http::Response> List(WebhookContext& context, http::Request& request,
                               const Caller& caller) {
  auto page = http::ReadPageRequest(request);
  if (auto* refusal = std::get_if<http::Response>(&page)) co_return std::move(*refusal);
  const auto& [limit, after] = std::get<http::PageRequest>(page);
  auto webhook = co_await FindWebhook(context.db, caller.project_id, WebhookIdOf(request));
  if (!webhook.ok()) co_return Failure(webhook.status());
  auto deliveries =
      co_await ListDeliveries(context.db, caller.project_id, webhook->id, after, limit + 1);
  if (!deliveries.ok()) co_return Failure(deliveries.status());

  const std::size_t shown = std::min(deliveries->size(), static_cast<std::size_t>(limit));
  boost::json::array items;
  for (std::size_t i = 0; i < shown; ++i) items.push_back(DeliveryJson((*deliveries)[i]));
  boost::json::object body{{"items", std::move(items)}, {"nextCursor", nullptr}};
  if (deliveries->size() > shown) {
    const Delivery& last = (*deliveries)[shown - 1];
    body["nextCursor"] = http::FormatCursor({last.created_at, last.id});
  }
  co_return http::Response::Json(boost::json::serialize(body));
}

// Queues a ping, which the receiver gets like any event: a way to check the URL and the
// signature code before real events come.
awaitable<http::Response> Test(WebhookContext& context, http::Request& request,
                               const Caller& caller) {
  std::string_view text = request.body();
  if (text.empty()) text = "{}";
  http::JsonFields fields = http::JsonFields::FromBody(text);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  std::string delivery_id;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto queued = EnqueuePing(tx, caller.project_id, WebhookIdOf(request), UnixNowMs());
    if (!queued.ok()) return queued.status();
    delivery_id = std::move(*queued);
    return Status::Ok();
  });
  if (!status.ok()) co_return Failure(status);
  boost::json::object body{{"deliveryId", delivery_id}};
  co_return http::Response::Json(boost::json::serialize(body), http::StatusCode::accepted);
}

}  // namespace

void AddDeliveryRoutes(access::ApiRouter& api, WebhookContext& context) {
  using http::Verb;
  const std::string webhook = "/api/v1/projects/{projectId}/webhooks/{webhookId}";
  const access::Access admin{.scope = access::Scope::kProject, .role = access::Role::kAdmin};
  api.Add(Verb::get, webhook + "/deliveries", admin, access::Bind(context, List));
  api.Add(Verb::post, webhook + "/test", admin, access::Bind(context, Test));
}

}  // namespace waymark::webhooks
