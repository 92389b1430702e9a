#include <boost/json/array.hpp>

#include "targeting/condition_parse.hpp"
#include "targeting/conditions.hpp"
#include "targeting/group_parse.hpp"

namespace waymark::targeting {
namespace {

// Reads a group and its members into the flat form of Conditions.
class GroupReader {
 public:
  GroupReader(std::string_view root, ErrorList& errors)
      : root_(root), errors_(errors), errors_before_(errors.count()) {}

  // Reads the group `json` at `path`, `depth` levels deep (the outer group is 1).
  void Group(const boost::json::value& json, const std::string& path, int depth);

  // Whether the whole group was read without an error.
  bool ok() const { return errors_.count() == errors_before_ && !nodes_.empty(); }
  Conditions Take() { return Conditions(std::move(nodes_), std::move(conditions_)); }

 private:
  void Member(const boost::json::value& json, const std::string& path, int depth);
  // False once reading should stop: too many conditions, or too many errors to report.
  bool Going() const { return !over_limit_ && !errors_.full(); }

  std::string_view root_;
  ErrorList& errors_;
  std::size_t errors_before_;
  std::vector<ConditionNode> nodes_;
  std::vector<Condition> conditions_;
  std::size_t condition_count_ = 0;
  bool over_limit_ = false;
};

bool IsGroup(const boost::json::value& json) {
  return json.is_object() &&
         (json.get_object().contains("all") || json.get_object().contains("any"));
}

void GroupReader::Group(const boost::json::value& json, const std::string& path, int depth) {
  const boost::json::object* object = ObjectAt(json, path, errors_);
  if (object == nullptr) return;
  if (depth > kMaxGroupDepth) {
    errors_.Fail(path, "nests groups more than " + std::to_string(kMaxGroupDepth) + " deep");
    return;
  }
  Members members(*object, path, errors_);
  const bool all = members.Optional("all") != nullptr;
  const bool any = members.Optional("any") != nullptr;
  members.RejectOthers();
  if (all == any) {
    errors_.Fail(path, "must have exactly one of \"all\" or \"any\"");
    return;
  }
  const char* key = all ? "all" : "any";
  const boost::json::array* items = members.Array(key, 1, kMaxGroupMembers);
  if (items == nullptr) return;
  const std::size_t at = nodes_.size();
  nodes_.push_back({all ? ConditionNode::Kind::kAll : ConditionNode::Kind::kAny});
  const std::string items_path = members.Path(key);
  for (std::size_t i = 0; i < items->size() && Going(); ++i) {
    Member((*items)[i], ItemPath(items_path, i), depth);
  }
  nodes_[at].end = std::uint32_t(nodes_.size());
}

void GroupReader::Member(const boost::json::value& json, const std::string& path, int depth) {
  if (IsGroup(json)) return Group(json, path, depth + 1);
  if (++condition_count_ > kMaxConditions) {
    // Counting stops here, so even a document of 10,000 conditions is refused at once.
    errors_.Fail(std::string(root_),
                 "has more than " + std::to_string(kMaxConditions) + " conditions");
    over_limit_ = true;
    return;
  }
  const boost::json::object* object = ObjectAt(json, path, errors_);
  if (object == nullptr) return;
  std::optional<Condition> condition = ParseCondition(*object, path, errors_);
  if (!condition) return;
  nodes_.push_back({ConditionNode::Kind::kCondition, std::uint32_t(nodes_.size() + 1),
                    std::uint32_t(conditions_.size())});
  conditions_.push_back(std::move(*condition));
}

}  // namespace

std::optional<Conditions> ParseGroup(const boost::json::value& json, std::string_view path,
                                     ErrorList& errors) {
  GroupReader reader(path, errors);
  reader.Group(json, std::string(path), 1);
  if (!reader.ok()) return std::nullopt;
  return reader.Take();
}

std::optional<Conditions> ParseConditions(const boost::json::value& json, std::string_view path,
                                          std::vector<http::FieldError>& errors) {
  ErrorList list(errors);
  return ParseGroup(json, path, list);
}

}  // namespace waymark::targeting
