#include "targeting/condition_parse.hpp"

#include <cstdint>
#include <initializer_list>

namespace waymark::targeting {
namespace {

constexpr std::uint32_t OpSet(std::initializer_list<Op> ops) {
  std::uint32_t set = 0;
  for (Op op : ops) set |= 1u << unsigned(op);
  return set;
}

struct Fact {
  std::string_view name;
  Subject subject;
  SubjectType type;
  std::uint32_t ops;  // an OpSet
  std::string_view op_names;
};

// Every fact, with the operators that mean something for what it holds.
constexpr Fact kFacts[] = {
    {"language", Subject::kLanguage, SubjectType::kString,
     OpSet({Op::kEq, Op::kNeq, Op::kContains, Op::kStartsWith, Op::kIn}),
     "eq, neq, contains, starts_with, in"},
    {"firstSeen", Subject::kFirstSeen, SubjectType::kDate,
     OpSet({Op::kBefore, Op::kAfter, Op::kBetween}), "before, after, between"},
    {"sessionCount", Subject::kSessionCount, SubjectType::kNumber,
     OpSet({Op::kEq, Op::kNeq, Op::kGt, Op::kLt, Op::kBetween, Op::kIn}),
     "eq, neq, gt, lt, between, in"},
    {"event", Subject::kEvent, SubjectType::kNumber,
     OpSet({Op::kEq, Op::kNeq, Op::kGt, Op::kLt, Op::kBetween, Op::kIn}),
     "eq, neq, gt, lt, between, in"},
};

const Fact* FactNamed(std::string_view name) {
  for (const Fact& fact : kFacts) {
    if (fact.name == name) return &fact;
  }
  return nullptr;
}

// Reads "attribute", or "fact" (and "event" for the event fact), into `condition`: the
// fact, or nullptr for an attribute; nullopt after recording an error.
std::optional<const Fact*> ReadSubject(Members& members, Condition& condition) {
  const bool attribute = members.Optional("attribute") != nullptr;
  const bool fact = members.Optional("fact") != nullptr;
  if (attribute == fact) {
    members.errors().Fail(members.path(), "must have exactly one of \"attribute\" or \"fact\"");
    return std::nullopt;
  }
  if (attribute) {
    std::optional<std::string_view> name = members.Text("attribute", 1, kMaxNameBytes);
    if (!name) return std::nullopt;
    condition.name = *name;
    return nullptr;
  }
  auto name = members.Choice("fact", {"language", "firstSeen", "sessionCount", "event"});
  const Fact* known = name ? FactNamed(*name) : nullptr;
  if (known == nullptr) return std::nullopt;
  condition.subject = known->subject;
  if (known->subject == Subject::kEvent) {
    std::optional<std::string_view> event = members.Text("event", 1, kMaxNameBytes);
    if (!event) return std::nullopt;
    condition.name = *event;
  }
  return known;
}

std::optional<Op> ReadOp(Members& members, const Fact* fact) {
  const boost::json::value* value = members.Required("op");
  if (value == nullptr) return std::nullopt;
  std::optional<Op> op = value->is_string() ? OpNamed(value->get_string()) : std::nullopt;
  if (!op) {
    members.Fail("op", "must be one of: " + std::string(OpNames()));
  } else if (fact != nullptr && (fact->ops & OpSet({*op})) == 0) {
    members.Fail("op", "cannot be used with the fact " + std::string(fact->name) +
                           "; use one of: " + std::string(fact->op_names));
    op.reset();
  }
  return op;
}

}  // namespace

std::optional<Condition> ParseCondition(const boost::json::object& object, std::string path,
                                        ErrorList& errors) {
  Members members(object, std::move(path), errors);
  Condition condition;
  std::optional<const Fact*> fact = ReadSubject(members, condition);
  std::optional<Op> op = ReadOp(members, fact.value_or(nullptr));
  const boost::json::value* value = members.Required("value");
  std::optional<Operand> operand;
  // The value is only checked against a known operator and subject: otherwise what it
  // should be is unknown, and an error on it would only mislead.
  if (op && fact && value != nullptr) {
    const SubjectType type = *fact == nullptr ? SubjectType::kAny : (*fact)->type;
    operand = ParseOperand(*op, type, *value, members.Path("value"), errors);
  }
  members.RejectOthers();
  if (!operand || !members.clean()) return std::nullopt;
  condition.op = *op;
  condition.operand = std::move(*operand);
  return condition;
}

}  // namespace waymark::targeting
