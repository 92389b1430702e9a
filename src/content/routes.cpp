#include "content/routes.hpp"

namespace waymark::content {

void AddRoutes(access::ApiRouter& api, Context& context) {
  AddPostRoutes(api, context);
  AddInteractionRoutes(api, context);
  AddSegmentRoutes(api, context);
  AddPreviewRoutes(api, context);
}

}  // namespace waymark::content
