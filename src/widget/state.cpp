#include "widget/state.hpp"

#include <algorithm>

namespace waymark::widget {
namespace {

constexpr http::TextRule kIdRule{.min_length = 1, .max_length = 64};
constexpr std::int64_t kMaxMs = 253402300799999;  // 9999-12-31, past any real clock

Viewed* Find(std::vector<Viewed>& viewed, std::string_view id) {
  auto at = std::find_if(viewed.begin(), viewed.end(), [&](const Viewed& v) { return v.id == id; });
  return at == viewed.end() ? nullptr : &*at;
}

void AddForbidden(std::vector<std::string>& forbidden, const std::string& id) {
  if (std::find(forbidden.begin(), forbidden.end(), id) == forbidden.end()) {
    forbidden.push_back(id);
  }
}

std::optional<Viewed> ReadViewed(const boost::json::value& entry, std::string prefix,
                                 http::JsonFields& fields) {
  if (!entry.is_object()) {
    fields.Fail(prefix, "must be an object {id, times, lastShownAt}");
    return std::nullopt;
  }
  http::JsonFields item = http::JsonFields::Of(entry.get_object(), fields.Path(prefix + "."));
  Viewed viewed{item.Text("id", kIdRule), item.OptionalInt("times", 0, 1'000'000).value_or(0),
                item.OptionalInt("lastShownAt", 0, kMaxMs).value_or(0)};
  item.RejectOthers();
  const bool ok = item.errors().empty();
  fields.Absorb(item);
  return ok ? std::optional(std::move(viewed)) : std::nullopt;
}

}  // namespace

State Merge(const State& a, const State& b) {
  State merged = a;
  for (const Viewed& theirs : b.viewed) {
    if (Viewed* mine = Find(merged.viewed, theirs.id)) {
      mine->times = std::max(mine->times, theirs.times);
      mine->last_shown_ms = std::max(mine->last_shown_ms, theirs.last_shown_ms);
    } else {
      merged.viewed.push_back(theirs);
    }
  }
  for (const std::string& id : b.forbidden) AddForbidden(merged.forbidden, id);
  if (b.last_opened_ms && (!merged.last_opened_ms || *b.last_opened_ms > *merged.last_opened_ms)) {
    merged.last_opened_ms = b.last_opened_ms;
  }
  return merged;
}

targeting::History HistoryOf(const State& state) {
  targeting::History history;
  for (const Viewed& viewed : state.viewed) {
    targeting::Exposure& exposure = history.by_interaction[viewed.id];
    exposure.times_shown = viewed.times;
    exposure.last_shown = viewed.last_shown_ms / 1000;
    if (viewed.times > 0) history.recent_shows.push_back(exposure.last_shown);
  }
  for (const std::string& id : state.forbidden) history.by_interaction[id].dismissed = true;
  return history;
}

boost::json::object StateJson(const State& state) {
  boost::json::array viewed;
  for (const Viewed& entry : state.viewed) {
    viewed.push_back(
        {{"id", entry.id}, {"times", entry.times}, {"lastShownAt", entry.last_shown_ms}});
  }
  boost::json::object json;
  json["viewed"] = std::move(viewed);
  json["forbidden"] = boost::json::array(state.forbidden.begin(), state.forbidden.end());
  json["lastOpenedAt"] =
      state.last_opened_ms ? boost::json::value(*state.last_opened_ms) : boost::json::value();
  return json;
}

State ReadState(http::JsonFields& fields) {
  State state;
  if (auto viewed = fields.OptionalArray("viewed", kMaxStateEntries)) {
    for (std::size_t i = 0; i < viewed->size(); ++i) {
      auto entry = ReadViewed((*viewed)[i], "viewed[" + std::to_string(i) + "]", fields);
      if (!entry) continue;
      if (Viewed* same = Find(state.viewed, entry->id)) {
        *same = Merge({{*same}, {}, {}}, {{*entry}, {}, {}}).viewed[0];
      } else {
        state.viewed.push_back(std::move(*entry));
      }
    }
  }
  if (auto forbidden = fields.OptionalTextList("forbidden", kIdRule, kMaxStateEntries)) {
    for (const std::string& id : *forbidden) AddForbidden(state.forbidden, id);
  }
  state.last_opened_ms = fields.OptionalInt("lastOpenedAt", 0, kMaxMs);
  return state;
}

}  // namespace waymark::widget
