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

std::string FeedJson(const FeedView& feed) {
  static const Reactions kNone;
  std::string changelog = boost::json::serialize(boost::json::string_view(feed.changelog_url));
  changelog.pop_back();  // each post's url goes on: ".../changelog/acme/<slug>"
  std::size_t size = 64;
  for (const content::PublishedPost* post : feed.page.posts) {
    size += post->texts.front().feed_head.size() + changelog.size() + post->slug.size() + 64;
  }
  std::string out;
  out.reserve(size);
  out += "{\"posts\":[";
  for (const content::PublishedPost* post : feed.page.posts) {
    if (post != feed.page.posts.front()) out += ',';
    auto reactions = feed.reactions.find(post->id);
    AppendPostJson(out, *post, feed.language, feed.snapshot.project.default_language, changelog,
                   reactions == feed.reactions.end() ? kNone : reactions->second);
  }
  out += "],\"next\":";
  out += feed.page.next ? boost::json::serialize(boost::json::string_view(*feed.page.next))
                        : std::string("null");
  out += '}';
  return out;
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
      {"state", StateJson(visitor.state)},
      {"project", ProjectJson(feed.snapshot.project)}};
  std::string body = boost::json::serialize(json);
  body.back() = ',';  // the closing brace gives way to the members made as text
  body += "\"feed\":";
  body += FeedJson(feed);
  body += ",\"interactions\":";
  return WithInteractions(std::move(body), interactions);
}

std::string ChangelogUrl(std::string_view public_url, const content::Snapshot& snapshot) {
  std::string url(public_url);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/changelog/" + snapshot.project.slug;
}

}  // namespace waymark::widget
