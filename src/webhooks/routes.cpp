#include "webhooks/routes.hpp"

#include "http/problem.hpp"
#include "webhooks/route_parts.hpp"

namespace waymark::webhooks {

std::string WebhookIdOf(const http::Request& request) {
  return request.Param("webhookId").value_or("");
}

http::Response Failure(const Status& status) {
  if (status.code() == Status::Code::kNotFound) return http::NotFound();
  if (status.code() == Status::Code::kConflict) return http::Conflict(status.message());
  return http::ServerFailure(status);
}

void AddRoutes(access::ApiRouter& api, WebhookContext& context) {
  AddWebhookRoutes(api, context);
  AddDeliveryRoutes(api, context);
}

}  // namespace waymark::webhooks
