#pragma once

#include <string>

#include "core/status.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "webhooks/routes.hpp"

// What the two halves of the webhooks API share.
namespace waymark::webhooks {

// The {webhookId} of the path ("" when badly encoded: found nowhere).
std::string WebhookIdOf(const http::Request& request);

// 404 for NotFound, 409 with the message for Conflict, else 503/500.
http::Response Failure(const Status& status);

}  // namespace waymark::webhooks
