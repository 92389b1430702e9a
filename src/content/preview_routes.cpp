#include <boost/json/serialize.hpp>

#include "content/context.hpp"
#include "content/routes.hpp"
#include "http/json_fields.hpp"
#include "markup/markdown.hpp"

namespace waymark::content {
namespace {

using boost::asio::awaitable;

// {"markdown": "..."} -> {"html": "..."}: the editor's live preview, rendered by the very
// renderer that publishes, so what a maker sees is what readers get.
awaitable<http::Response> RenderMarkdown(Context&, http::Request& request, const access::Caller&) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  std::string markdown = fields.Text("markdown", {.max_length = 50'000, .multiline = true});
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  boost::json::object body{{"html", markup::MarkdownToHtml(markdown)}};
  co_return http::Response::Json(boost::json::serialize(body));
}

}  // namespace

void AddPreviewRoutes(access::ApiRouter& api, Context& context) {
  api.Add(http::Verb::post, "/api/v1/projects/{projectId}/markdown",
          {.scope = access::Scope::kProject,
           .role = access::Role::kViewer,
           .secret_key = true,
           .extension = true},
          access::Bind(context, RenderMarkdown));
}

}  // namespace waymark::content
