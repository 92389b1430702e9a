#include "content/interaction_json.hpp"

#include "core/time_format.hpp"
#include "markup/markdown.hpp"

namespace waymark::content {
namespace {

// The screen with its body rendered: {"body": "**x**"} -> {"bodyHtml": "<p><strong>x..."}.
boost::json::object Rendered(const boost::json::object& screen) {
  boost::json::object out = screen;
  if (const auto* body = screen.if_contains("body"); body != nullptr && body->is_string()) {
    out["bodyHtml"] = markup::MarkdownToHtml(body->get_string());
    out.erase("body");
  }
  return out;
}

}  // namespace

boost::json::object EditableJson(const InteractionDraft& draft, std::string_view new_format) {
  boost::json::object json = EditableJson(draft);
  if (new_format.empty() || new_format == draft.format) return json;
  // A new format keeps what all formats share; what only the old one had goes.
  for (std::string_view key : {"position", "dismissible", "snoozable", "selector", "steps"}) {
    json.erase(key);
  }
  return json;
}

boost::json::object EditableJson(const InteractionDraft& draft) {
  boost::json::object json = draft.content;
  json["name"] = draft.name;
  json["status"] = draft.status;
  json["format"] = draft.format;
  json["postId"] = draft.post_id ? boost::json::value(*draft.post_id) : nullptr;
  json["targeting"] = draft.targeting;
  return json;
}

boost::json::object InteractionJson(const Interaction& interaction) {
  boost::json::object json = EditableJson(interaction.draft);
  json["id"] = interaction.id;
  json["projectId"] = interaction.project_id;
  json["version"] = interaction.version;
  json["createdAt"] = Iso8601(interaction.created_at);
  json["updatedAt"] = Iso8601(interaction.updated_at);
  return json;
}

boost::json::object WidgetJson(const Interaction& interaction) {
  const InteractionDraft& draft = interaction.draft;
  boost::json::object json = Rendered(draft.content);
  if (auto* steps = json.if_contains("steps"); steps != nullptr && steps->is_array()) {
    for (auto& step : steps->get_array()) {
      if (step.is_object()) step = Rendered(step.get_object());
    }
  }
  json["id"] = interaction.id;
  json["format"] = draft.format;
  json["postId"] = draft.post_id ? boost::json::value(*draft.post_id) : nullptr;
  const auto* targeting = draft.targeting.is_object() ? &draft.targeting.get_object() : nullptr;
  for (std::string_view key : {"trigger", "priority"}) {
    if (const auto* value = targeting ? targeting->if_contains(key) : nullptr) json[key] = *value;
  }
  return json;
}

}  // namespace waymark::content
