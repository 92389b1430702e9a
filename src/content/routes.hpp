#pragma once

#include "access/api_router.hpp"
#include "content/context.hpp"

// The management API of content: posts, interactions, segments, and the Markdown preview.
namespace waymark::content {

void AddRoutes(access::ApiRouter& api, Context& context);

void AddPostRoutes(access::ApiRouter& api, Context& context);         // post_routes.cpp
void AddInteractionRoutes(access::ApiRouter& api, Context& context);  // interaction_routes.cpp
void AddSegmentRoutes(access::ApiRouter& api, Context& context);      // segment_routes.cpp
void AddPreviewRoutes(access::ApiRouter& api, Context& context);      // preview_routes.cpp

}  // namespace waymark::content
