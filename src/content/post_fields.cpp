#include "content/post_fields.hpp"

#include <algorithm>
#include <set>

#include "content/fields.hpp"
#include "content/language_tag.hpp"

namespace waymark::content {
namespace {

using http::JsonFields;

constexpr http::TextRule kTitleRule{.min_length = 1, .max_length = 200};
constexpr http::TextRule kBodyRule{.max_length = 50'000, .multiline = true};
constexpr std::size_t kMaxVariants = 20;

std::vector<Variant> ReadVariants(JsonFields& fields, std::string_view main_language) {
  std::vector<Variant> variants;
  std::optional<boost::json::object> object = fields.OptionalObject("variants");
  if (!object) return variants;
  if (object->size() > kMaxVariants) {
    fields.Fail("variants", "must have at most " + std::to_string(kMaxVariants) + " languages");
    return variants;
  }
  for (const auto& [language, value] : *object) {
    const std::string path = "variants." + std::string(language);
    if (!IsLanguageTag(language) || language == main_language) {
      fields.Fail(path, "must be keyed by a language tag other than the post's own language");
      continue;
    }
    if (!value.is_object()) {
      fields.Fail(path, "must be an object with title and body");
      continue;
    }
    JsonFields variant = JsonFields::Of(value.get_object(), fields.Path(path) + ".");
    Variant read{std::string(language), variant.Text("title", kTitleRule),
                 variant.OptionalText("body", kBodyRule).value_or("")};
    variant.RejectOthers();
    fields.Absorb(variant);
    variants.push_back(std::move(read));
  }
  return variants;
}

std::vector<std::string> ReadLabels(JsonFields& fields) {
  auto labels = fields.OptionalTextList("labels", {.min_length = 1, .max_length = 50}, 10);
  if (!labels) return {};
  // Order kept, repeats dropped: a label is there or not.
  std::vector<std::string> unique;
  for (auto& label : *labels) {
    if (std::ranges::find(unique, label) == unique.end()) unique.push_back(std::move(label));
  }
  return unique;
}

// Settles status and publish time together: they only make sense as a pair.
void ReadSchedule(JsonFields& fields, std::int64_t now, PostDraft& draft) {
  draft.status =
      ParsePostStatus(
          fields.OptionalChoice("status", {"draft", "scheduled", "published", "archived"})
              .value_or("draft"))
          .value_or(PostStatus::kDraft);
  draft.publish_at = fields.OptionalTime("publishAt");
  switch (draft.status) {
    case PostStatus::kDraft:
      draft.publish_at.reset();  // a draft is not live at any time
      break;
    case PostStatus::kScheduled:
      if (!draft.publish_at || *draft.publish_at <= now) {
        fields.Fail("publishAt", "must be a time in the future for a scheduled post");
      }
      break;
    case PostStatus::kPublished:
      if (draft.publish_at && *draft.publish_at > now) {
        fields.Fail("publishAt", "is in the future: use the status \"scheduled\"");
      }
      if (!draft.publish_at) draft.publish_at = now;
      break;
    case PostStatus::kArchived:
      break;
  }
}

}  // namespace

bool IsPostSlug(std::string_view slug) {
  auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  };
  return !slug.empty() && slug.size() <= 80 && slug.front() != '-' && slug.back() != '-' &&
         std::ranges::all_of(slug, allowed);
}

PostDraft ReadPostDraft(JsonFields& fields, std::int64_t now, std::string_view default_language) {
  PostDraft draft;
  draft.title = fields.Text("title", kTitleRule);
  draft.body = fields.OptionalText("body", kBodyRule).value_or("");
  draft.language = ReadLanguage(fields, "language").value_or(std::string(default_language));
  draft.variants = ReadVariants(fields, draft.language);
  draft.category = fields.OptionalText("category", {.max_length = 50}).value_or("");
  draft.labels = ReadLabels(fields);
  draft.cover_image_url = ReadSafeUrl(fields, "coverImageUrl").value_or("");
  draft.slug = fields.OptionalText("slug", {.max_length = 80}).value_or("");
  if (!draft.slug.empty() && !IsPostSlug(draft.slug)) {
    fields.Fail("slug", "must be lowercase letters, digits and '-', not at either end");
  }
  ReadSchedule(fields, now, draft);
  return draft;
}

}  // namespace waymark::content
