#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "content/snapshot.hpp"
#include "widget/requests.hpp"
#include "widget/visitor.hpp"

namespace waymark::widget {

// The project's live interactions the visitor may see on `url` now, in the order to show
// them: targeting::Decide over the snapshot, with the visitor's attributes, events and
// state (views, dismissals, the rate limit). With `trigger`, only that interaction is
// considered, as boosted:trigger asks.
std::vector<const content::LiveInteraction*> EligibleInteractions(
    const content::Snapshot& snapshot, const Visitor& visitor, std::string_view url,
    const std::optional<Trigger>& trigger, std::int64_t now);

}  // namespace waymark::widget
