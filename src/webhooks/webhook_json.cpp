#include "webhooks/webhook_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "core/time_format.hpp"
#include "webhooks/payload.hpp"

namespace waymark::webhooks {
namespace {

// Times are kept in milliseconds and shown to the second, as everywhere in the API.
boost::json::value TimeOrNull(const std::optional<std::int64_t>& ms) {
  return ms ? boost::json::value(Iso8601(*ms / 1000)) : boost::json::value(nullptr);
}

template <class T>
boost::json::value OrNull(const std::optional<T>& value) {
  return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

}  // namespace

boost::json::object WebhookJson(const Webhook& webhook) {
  boost::json::array events;
  for (const std::string& event : webhook.events) events.emplace_back(event);
  return {{"id", webhook.id},
          {"url", webhook.url},
          {"events", std::move(events)},
          {"active", webhook.active},
          {"createdBy", OrNull(webhook.created_by)},
          {"createdAt", Iso8601(webhook.created_at / 1000)},
          {"updatedAt", Iso8601(webhook.updated_at / 1000)}};
}

boost::json::object DeliveryJson(const Delivery& delivery) {
  const bool pending = delivery.status == "pending";
  return {{"id", delivery.id},
          {"webhookId", delivery.webhook_id},
          {"event", delivery.event},
          {"status", delivery.status},
          {"attempts", delivery.attempts},
          {"nextAttemptAt", pending ? TimeOrNull(delivery.next_attempt_at) : nullptr},
          {"lastAttemptAt", TimeOrNull(delivery.last_attempt_at)},
          {"lastStatus", OrNull(delivery.last_status)},
          {"lastError", OrNull(delivery.last_error)},
          {"lastResponse", OrNull(delivery.last_response)},
          {"createdAt", Iso8601(delivery.created_at / 1000)},
          {"payload", boost::json::parse(DeliveryBody(delivery))}};
}

}  // namespace waymark::webhooks
