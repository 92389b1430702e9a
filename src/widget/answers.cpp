#include "widget/answers.hpp"

#include <boost/json/serialize.hpp>

namespace waymark::widget {
namespace {

// `prefix` + the interactions' JSON as an array + "}"
std::string WithInteractions(std::string prefix,
                             const std::vector<const content::LiveInteraction*>& interactions) {
  std::size_t size = prefix.size() + 2;
  for (const auto* interaction : interactions) size += interaction->json.size() + 1;
  std::string body = std::move(prefix);
  body.reserve(size);
  body += '[';
  for (std::size_t i = 0; i < interactions.size(); ++i) {
    if (i > 0) body += ',';
    body += interactions[i]->json;
  }
  body += "]}";
  return body;
}

boost::json::object ProjectJson(const content::ProjectSettings& project) {
  return {{"name", project.name},
          {"consentMode", project.widget.consent_mode},
          {"look", project.widget.look}};
}

}  // namespace

boost::json::object FeedJson(const FeedView& feed) {
  static const Reactions kNone;
  boost::json::array posts;
  for (const content::PublishedPost* post : feed.page.posts) {
    auto reactions = feed.reactions.find(post->id);
    posts.push_back(PostJson(*post, feed.language, feed.snapshot.project.default_language,
                             feed.changelog_url,
                             reactions == feed.reactions.end() ? kNone : reactions->second));
  }
  boost::json::object json;
  json["posts"] = std::move(posts);
  json["next"] = feed.page.next ? boost::json::value(*feed.page.next) : nullptr;
  return json;
}

std::string InteractionsJson(const std::vector<const content::LiveInteraction*>& interactions) {
  return WithInteractions("{\"interactions\":", interactions);
}

boost::json::object UserJson(const EndUserRecord& user) {
  boost::json::object json;
  json["id"] = user.external_id ? boost::json::value(*user.external_id) : nullptr;
  json["anonymousId"] = user.anonymous_id;
  json["attributes"] = user.attributes;
  return json;
}

std::string BootJson(const FeedView& feed, const Visitor& visitor,
                     const std::vector<const content::LiveInteraction*>& interactions) {
  boost::json::object json{
      {"token", visitor.token},
      {"user", UserJson(visitor.user)},
      {"language", feed.language},
      {"unreadCount", UnreadCount(feed.snapshot, visitor.state.last_opened_ms)},
      {"feed", FeedJson(feed)},
      {"state", StateJson(visitor.state)},
      {"project", ProjectJson(feed.snapshot.project)}};
  std::string body = boost::json::serialize(json);
  body.back() = ',';  // the closing brace gives way to one more member
  return WithInteractions(body + "\"interactions\":", interactions);
}

std::string ChangelogUrl(std::string_view public_url, const content::Snapshot& snapshot) {
  std::string url(public_url);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/changelog/" + snapshot.project.slug;
}

}  // namespace waymark::widget
