#pragma once

#include <boost/json/object.hpp>

#include "webhooks/delivery_store.hpp"
#include "webhooks/webhook_store.hpp"

// How the API shows webhooks and deliveries.
namespace waymark::webhooks {

// {id, url, events, active, createdBy, createdAt, updatedAt}; never the secret.
boost::json::object WebhookJson(const Webhook& webhook);

// {id, webhookId, event, status, attempts, nextAttemptAt, lastAttemptAt, lastStatus,
// lastError, lastResponse, createdAt, payload}: payload is the body as sent.
boost::json::object DeliveryJson(const Delivery& delivery);

}  // namespace waymark::webhooks
