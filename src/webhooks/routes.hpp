#pragma once

#include <string>

#include "access/api_router.hpp"
#include "store/database.hpp"

namespace waymark::webhooks {

// What the webhook routes work with. REQUIRES: it outlives the router.
struct WebhookContext {
  store::Database& db;
  std::string server_key;  // what signing secrets derive from (signature.hpp)
  // Whether a URL may name an address inside a private network (address_policy.hpp).
  bool allow_private_networks = false;
};

// The management API of a project's webhooks, for its admins (no key: a leaked key must
// not be able to send the project's events elsewhere):
//   GET, POST            /api/v1/projects/{projectId}/webhooks
//   GET, PATCH, DELETE   /api/v1/projects/{projectId}/webhooks/{webhookId}
//   GET                  /api/v1/projects/{projectId}/webhooks/{webhookId}/secret
//   POST                 /api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret
//   GET                  /api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries
//   POST                 /api/v1/projects/{projectId}/webhooks/{webhookId}/test
void AddRoutes(access::ApiRouter& api, WebhookContext& context);

// The two halves (webhook_routes.cpp, delivery_routes.cpp).
void AddWebhookRoutes(access::ApiRouter& api, WebhookContext& context);
void AddDeliveryRoutes(access::ApiRouter& api, WebhookContext& context);

}  // namespace waymark::webhooks
