#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "content/snapshot.hpp"
#include "widget/feed.hpp"
#include "widget/visitor.hpp"

// The bodies the widget API answers with (docs/sdk.md). Interactions are spliced in as the
// snapshot holds them, already serialized.
namespace waymark::widget {

struct FeedView {
  const content::Snapshot& snapshot;
  std::string_view language;
  std::string_view changelog_url;
  const FeedPage& page;
  const std::map<std::string, Reactions>& reactions;  // by post id
};

// {"posts": [...], "next": cursor | null}
std::string FeedJson(const FeedView& feed);

// {"interactions": [...]}
std::string InteractionsJson(const std::vector<const content::LiveInteraction*>& interactions);

// {"id": external id | null, "anonymousId", "attributes"}
boost::json::object UserJson(const EndUserRecord& user);

std::string BootJson(const FeedView& feed, const Visitor& visitor,
                     const std::vector<const content::LiveInteraction*>& interactions);

// The public changelog of the project, which posts link to.
std::string ChangelogUrl(std::string_view public_url, const content::Snapshot& snapshot);

}  // namespace waymark::widget
