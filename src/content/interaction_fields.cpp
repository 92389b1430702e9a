#include "content/interaction_fields.hpp"

#include "content/fields.hpp"
#include "markup/css_selector.hpp"
#include "targeting/rules.hpp"

namespace waymark::content {
namespace {

using http::JsonFields;

constexpr http::TextRule kTitleRule{.min_length = 1, .max_length = 200};
constexpr http::TextRule kBodyRule{.max_length = 10'000, .multiline = true};
constexpr http::TextRule kIdRule{.min_length = 1, .max_length = 64};
constexpr std::size_t kMaxButtons = 2;
constexpr std::size_t kMaxSteps = 20;

void Put(boost::json::object& out, std::string_view key, const std::optional<std::string>& text) {
  if (text) out[key] = *text;
}

boost::json::object ReadButton(const boost::json::value& value, const std::string& path,
                               bool in_tour, JsonFields& fields) {
  if (!value.is_object()) {
    fields.Fail(path, "must be an object with label and action");
    return {};
  }
  JsonFields button = JsonFields::Of(value.get_object(), fields.Path(path) + ".");
  boost::json::object out{{"label", button.Text("label", {.min_length = 1, .max_length = 50})}};
  std::string action =
      button.OptionalChoice("action", {"url", "next", "close", "post", "widget"}).value_or("");
  if (action.empty() && button.OptionalValue("action") == nullptr)
    button.Fail("action", "is required");
  out["action"] = action;
  std::optional<std::string> url = ReadSafeUrl(button, "url");
  std::optional<std::string> post_id = button.OptionalText("postId", kIdRule);
  if (action == "url" && (!url || url->empty())) button.Fail("url", "is required to open a URL");
  if (action == "post" && !post_id) button.Fail("postId", "is required to open a post");
  if (action == "next" && !in_tour) button.Fail("action", "next only moves between tour steps");
  if (action == "url") Put(out, "url", url);
  if (action == "post") Put(out, "postId", post_id);
  button.RejectOthers();
  fields.Absorb(button);
  return out;
}

// The screen fields of one format: shared by single interactions and each tour step.
void ReadScreen(JsonFields& fields, std::string_view format, bool in_tour, bool title_required,
                boost::json::object& out) {
  std::optional<std::string> title =
      title_required ? fields.Text("title", kTitleRule) : fields.OptionalText("title", kTitleRule);
  Put(out, "title", title);
  out["body"] = fields.OptionalText("body", kBodyRule).value_or("");
  out["mediaUrl"] = ReadSafeUrl(fields, "mediaUrl").value_or("");
  boost::json::array buttons;
  if (auto listed = fields.OptionalArray("buttons", kMaxButtons)) {
    for (std::size_t i = 0; i < listed->size(); ++i) {
      buttons.push_back(
          ReadButton((*listed)[i], "buttons[" + std::to_string(i) + "]", in_tour, fields));
    }
  }
  out["buttons"] = std::move(buttons);
  if (format == "banner") {
    out["position"] = fields.OptionalChoice("position", {"top", "bottom"}).value_or("top");
    out["dismissible"] = fields.Bool("dismissible", true);
    out["snoozable"] = fields.Bool("snoozable", false);
  }
  if (format == "tooltip" || format == "hotspot") {
    std::optional<std::string> selector = ReadSelector(fields, "selector");
    if (!selector && fields.OptionalValue("selector") == nullptr) {
      fields.Fail("selector", "is required to anchor a " + std::string(format));
    }
    Put(out, "selector", selector);
  }
}

boost::json::array ReadSteps(JsonFields& fields) {
  boost::json::array steps;
  std::optional<boost::json::array> listed = fields.OptionalArray("steps", kMaxSteps);
  if (!listed || listed->empty()) {
    if (!listed && fields.OptionalValue("steps") == nullptr)
      fields.Fail("steps", "is required for a tour");
    if (listed) fields.Fail("steps", "must have at least one step");
    return steps;
  }
  for (std::size_t i = 0; i < listed->size(); ++i) {
    const std::string path = "steps[" + std::to_string(i) + "]";
    if (!(*listed)[i].is_object()) {
      fields.Fail(path, "must be an object");
      continue;
    }
    JsonFields step = JsonFields::Of((*listed)[i].get_object(), fields.Path(path) + ".");
    std::string format =
        step.OptionalChoice("format", {"modal", "snippet", "banner", "tooltip", "hotspot"})
            .value_or("");
    if (format.empty() && step.OptionalValue("format") == nullptr)
      step.Fail("format", "is required");
    boost::json::object out{{"format", format}};
    ReadScreen(step, format, true, true, out);
    step.RejectOthers();
    fields.Absorb(step);
    steps.push_back(std::move(out));
  }
  return steps;
}

void ReadTargeting(JsonFields& fields, InteractionDraft& draft) {
  const boost::json::value* json = fields.OptionalValue("targeting");
  std::vector<http::FieldError> errors;
  std::optional<targeting::Rules> rules =
      targeting::ParseRules(json != nullptr ? *json : boost::json::value(), "targeting", errors);
  for (auto& error : errors) fields.Fail(error.field, std::move(error.message));
  if (!rules) return;
  if (rules->trigger.kind == targeting::TriggerKind::kClick) {
    if (auto error = markup::CssSelectorError(rules->trigger.selector)) {
      fields.Fail("targeting.trigger.selector", "is not a CSS selector: " + *error);
    }
  }
  draft.targeting = targeting::ToJson(*rules);
  draft.starts_at = rules->schedule.start;
  draft.ends_at = rules->schedule.end;
}

}  // namespace

InteractionDraft ReadInteractionDraft(JsonFields& fields) {
  InteractionDraft draft;
  draft.format =
      fields.OptionalChoice("format", {"modal", "snippet", "banner", "tooltip", "hotspot", "tour"})
          .value_or("");
  if (draft.format.empty() && fields.OptionalValue("format") == nullptr) {
    fields.Fail("format", "is required");
  }
  draft.status =
      fields.OptionalChoice("status", {"draft", "published", "archived"}).value_or("draft");
  const bool tour = draft.format == "tour";
  ReadScreen(fields, draft.format, false, !tour, draft.content);
  if (tour) draft.content["steps"] = ReadSteps(fields);
  draft.post_id = fields.OptionalText("postId", kIdRule);
  std::optional<std::string> name =
      fields.OptionalText("name", {.min_length = 1, .max_length = 100});
  const auto* title = draft.content.if_contains("title");
  draft.name = name                                     ? *name
               : title != nullptr && title->is_string() ? std::string(title->get_string())
                                                        : "Untitled " + draft.format;
  ReadTargeting(fields, draft);
  return draft;
}

std::vector<std::string> ReferencedPosts(const InteractionDraft& draft) {
  std::vector<std::string> ids;
  if (draft.post_id) ids.push_back(*draft.post_id);
  auto collect = [&](const boost::json::object& screen) {
    const auto* buttons = screen.if_contains("buttons");
    if (buttons == nullptr || !buttons->is_array()) return;
    for (const auto& button : buttons->get_array()) {
      const auto* post = button.is_object() ? button.get_object().if_contains("postId") : nullptr;
      if (post != nullptr && post->is_string()) ids.emplace_back(post->get_string());
    }
  };
  collect(draft.content);
  if (const auto* steps = draft.content.if_contains("steps"); steps && steps->is_array()) {
    for (const auto& step : steps->get_array()) {
      if (step.is_object()) collect(step.get_object());
    }
  }
  return ids;
}

}  // namespace waymark::content
