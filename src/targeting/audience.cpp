#include "targeting/audience.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "targeting/group_parse.hpp"

namespace waymark::targeting {
namespace {

Reason CheckSegments(const std::vector<std::string>& ids, const EndUser& user, std::int64_t now,
                     const SegmentMap& segments) {
  bool any_found = false;
  for (const std::string& id : ids) {
    auto found = segments.find(std::string_view(id));
    if (found == segments.end() || found->second == nullptr) continue;
    any_found = true;
    if (Matches(*found->second, user, now)) return Reason::kEligible;
  }
  return any_found ? Reason::kAudience : Reason::kSegmentMissing;
}

std::optional<std::vector<std::string>> ParseSegmentIds(Members& members) {
  const boost::json::array* items = members.Array("segmentIds", 1, kMaxSegmentIds);
  if (items == nullptr) return std::nullopt;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const boost::json::value& item = (*items)[i];
    if (item.is_string() && !item.get_string().empty() &&
        item.get_string().size() <= kMaxSegmentIdBytes) {
      ids.emplace_back(item.get_string());
    } else {
      members.errors().Fail(
          ItemPath(members.Path("segmentIds"), i),
          "must be a segment id of 1 to " + std::to_string(kMaxSegmentIdBytes) + " bytes");
    }
  }
  if (ids.size() != items->size()) return std::nullopt;
  return ids;
}

}  // namespace

Reason CheckAudience(const Audience& audience, const EndUser& user, std::int64_t now,
                     const SegmentMap& segments) {
  switch (audience.kind) {
    case Audience::Kind::kEveryone:
      return Reason::kEligible;
    case Audience::Kind::kSegments:
      return CheckSegments(audience.segment_ids, user, now, segments);
    case Audience::Kind::kConditions:
      return Matches(*audience.conditions, user, now) ? Reason::kEligible : Reason::kAudience;
  }
  return Reason::kAudience;
}

std::optional<Audience> ParseAudience(const boost::json::value& json, std::string_view path,
                                      ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), errors);
  auto type = members.Choice("type", {"everyone", "segments", "conditions"});
  if (!type) return std::nullopt;
  Audience audience;
  bool ok = true;
  if (type == "segments") {
    audience.kind = Audience::Kind::kSegments;
    std::optional<std::vector<std::string>> ids = ParseSegmentIds(members);
    if (ids) audience.segment_ids = std::move(*ids);
    ok = ids.has_value();
  } else if (type == "conditions") {
    audience.kind = Audience::Kind::kConditions;
    const boost::json::value* group = members.Required("conditions");
    if (group != nullptr)
      audience.conditions = ParseGroup(*group, members.Path("conditions"), errors);
    ok = audience.conditions.has_value();
  }
  members.RejectOthers();
  if (!ok || !members.clean()) return std::nullopt;
  return audience;
}

boost::json::value ToJson(const Audience& audience) {
  switch (audience.kind) {
    case Audience::Kind::kEveryone:
      break;
    case Audience::Kind::kSegments: {
      boost::json::array ids(audience.segment_ids.begin(), audience.segment_ids.end());
      return boost::json::object{{"type", "segments"}, {"segmentIds", std::move(ids)}};
    }
    case Audience::Kind::kConditions:
      return boost::json::object{{"type", "conditions"},
                                 {"conditions", ToJson(*audience.conditions)}};
  }
  return boost::json::object{{"type", "everyone"}};
}

}  // namespace waymark::targeting
