#include "content/segment.hpp"

#include "core/time_format.hpp"
#include "targeting/conditions.hpp"

namespace waymark::content {

SegmentDraft ReadSegmentDraft(http::JsonFields& fields) {
  SegmentDraft draft;
  draft.name = fields.Text("name", {.min_length = 1, .max_length = 100});
  draft.description =
      fields.OptionalText("description", {.max_length = 1000, .multiline = true}).value_or("");
  const boost::json::value* json = fields.OptionalValue("conditions");
  if (json == nullptr) {
    fields.Fail("conditions", "is required");
    return draft;
  }
  std::vector<http::FieldError> errors;
  auto conditions = targeting::ParseConditions(*json, "conditions", errors);
  for (auto& error : errors) fields.Fail(error.field, std::move(error.message));
  if (conditions) draft.conditions = targeting::ToJson(*conditions);
  return draft;
}

boost::json::object EditableJson(const SegmentDraft& draft) {
  return {
      {"name", draft.name}, {"description", draft.description}, {"conditions", draft.conditions}};
}

boost::json::object SegmentJson(const Segment& segment) {
  boost::json::object json = EditableJson(segment.draft);
  json["id"] = segment.id;
  json["projectId"] = segment.project_id;
  json["version"] = segment.version;
  json["createdAt"] = Iso8601(segment.created_at);
  json["updatedAt"] = Iso8601(segment.updated_at);
  return json;
}

}  // namespace waymark::content
