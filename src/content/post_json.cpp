#include "content/post_json.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/time_format.hpp"

namespace waymark::content {
namespace {

boost::json::object VariantsJson(const std::vector<Variant>& variants) {
  boost::json::object object;
  for (const Variant& variant : variants) {
    object[variant.language] = {{"title", variant.title}, {"body", variant.body}};
  }
  return object;
}

boost::json::array LabelsJson(const std::vector<std::string>& labels) {
  return boost::json::array(labels.begin(), labels.end());
}

boost::json::value TimeOrNull(const std::optional<std::int64_t>& at) {
  return at ? boost::json::value(Iso8601(*at)) : boost::json::value(nullptr);
}

}  // namespace

boost::json::object EditableJson(const PostDraft& draft) {
  return {{"title", draft.title},
          {"body", draft.body},
          {"language", draft.language},
          {"variants", VariantsJson(draft.variants)},
          {"category", draft.category},
          {"labels", LabelsJson(draft.labels)},
          {"coverImageUrl", draft.cover_image_url},
          {"status", PostStatusName(draft.status)},
          {"publishAt", TimeOrNull(draft.publish_at)},
          {"slug", draft.slug}};
}

boost::json::object PostJson(const Post& post,
                             const std::map<std::string, std::int64_t>& reactions) {
  boost::json::object json = EditableJson(post.draft);
  json["id"] = post.id;
  json["projectId"] = post.project_id;
  boost::json::object counts;
  for (const auto& [reaction, count] : reactions) counts[reaction] = count;
  json["reactions"] = std::move(counts);
  json["version"] = post.version;
  json["createdAt"] = Iso8601(post.created_at);
  json["updatedAt"] = Iso8601(post.updated_at);
  return json;
}

std::string VariantsText(const std::vector<Variant>& variants) {
  return boost::json::serialize(VariantsJson(variants));
}

std::vector<Variant> VariantsFromText(std::string_view text) {
  std::vector<Variant> variants;
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(text, ec);
  if (ec || !json.is_object()) return variants;
  for (const auto& [language, value] : json.get_object()) {
    const auto* title = value.is_object() ? value.get_object().if_contains("title") : nullptr;
    const auto* body = value.is_object() ? value.get_object().if_contains("body") : nullptr;
    if (title == nullptr || body == nullptr || !title->is_string() || !body->is_string()) continue;
    variants.push_back(
        {std::string(language), std::string(title->get_string()), std::string(body->get_string())});
  }
  return variants;
}

std::string LabelsText(const std::vector<std::string>& labels) {
  return boost::json::serialize(LabelsJson(labels));
}

std::vector<std::string> LabelsFromText(std::string_view text) {
  std::vector<std::string> labels;
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(text, ec);
  if (ec || !json.is_array()) return labels;
  for (const auto& label : json.get_array()) {
    if (label.is_string()) labels.emplace_back(label.get_string());
  }
  return labels;
}

}  // namespace waymark::content
