#include "changelog/links.hpp"

namespace waymark::changelog {
namespace {

constexpr std::string_view kUrnPrefix = "urn:waymark:changelog:";

}  // namespace

std::string ChangelogUrl(const ChangelogView& view) {
  return view.base_url + "/changelog/" + view.project_slug;
}

std::string PostUrl(const ChangelogView& view, const PostView& post) {
  return ChangelogUrl(view) + "/" + post.slug;
}

std::string FeedUrl(const ChangelogView& view) {
  return ChangelogUrl(view) + "/feed.xml";
}

std::string FeedId(const ChangelogView& view) {
  if (!view.base_url.empty()) return ChangelogUrl(view);
  return std::string(kUrnPrefix) + view.project_slug;
}

std::string EntryId(const ChangelogView& view, const PostView& post) {
  if (!view.base_url.empty()) return PostUrl(view, post);
  return std::string(kUrnPrefix) + view.project_slug + ":" + post.slug;
}

}  // namespace waymark::changelog
