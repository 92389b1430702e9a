#pragma once

#include "http/router.hpp"
#include "widget/context.hpp"
#include "widget/origin_gate.hpp"

// The widget API the SDK calls from the makers' sites (docs/sdk.md):
//   POST /v1/widget/boot, GET /v1/widget/feed, POST /v1/widget/interactions,
//   POST /v1/widget/state, POST /v1/widget/user, POST /v1/widget/reactions
namespace waymark::widget {

// REQUIRES: `context` and `cors` outlive the router.
void AddRoutes(http::Router& router, WidgetContext& context, const WidgetCorsPolicy& cors);

}  // namespace waymark::widget
