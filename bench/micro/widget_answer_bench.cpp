// The body of the widget's boot answer, once the store has answered: the feed's first page
// (of a project's 50 posts) in the reader's language with their reactions, the end-user and
// their state, and 20 interactions (bench/widget_boot's scene, without the network and the
// store).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "content/post_feed_json.hpp"
#include "content/snapshot.hpp"
#include "widget/answers.hpp"
#include "widget/feed.hpp"

namespace waymark::widget {
namespace {

content::Snapshot FiftyPostsTwentyInteractions() {
  content::Snapshot snapshot;
  snapshot.project.id = "p_bench";
  snapshot.project.name = "Acme";
  snapshot.project.slug = "acme";
  snapshot.project.default_language = "en";
  const std::string html =
      "<p>Dark mode follows your system, or <strong>pick one</strong> in Settings.</p>"
      "<ul><li>Works in every report</li><li>Charts keep their colours</li></ul>"
      "<p>Thanks to everyone who asked for it &amp; tried the beta: \"it's easier on the "
      "eyes\".</p>";
  for (int i = 0; i < 50; ++i) {
    content::PublishedPost post;
    post.id = "post_" + std::to_string(i);
    post.slug = "dark-mode-" + std::to_string(i);
    post.category = i % 3 ? "New" : "Fixed";
    post.labels = {"ui", "themes"};
    post.cover_image_url = i % 5 ? "" : "https://images.acme.test/cover.png";
    post.published_at = 1795253400 - i * 86400;
    post.texts.push_back({"en", "Dark mode is here " + std::to_string(i), html,
                          "Dark mode follows your system, or pick one in Settings."});
    post.texts.push_back({"fr", "Le mode sombre est là " + std::to_string(i), html,
                          "Le mode sombre suit votre système."});
    for (content::PostText& text : post.texts) text.feed_head = content::PostFeedHead(post, text);
    snapshot.posts.push_back(std::move(post));
  }
  for (int i = 0; i < 20; ++i) {
    content::LiveInteraction interaction;
    interaction.id = "ix_" + std::to_string(i);
    interaction.json = R"({"id":"ix_)" + std::to_string(i) +
                       R"(","format":"modal","content":{"title":"Yearly plans are 20% off",)"
                       R"("body":"<p>Only this week.</p>","buttons":[{"label":"See plans",)"
                       R"("url":"https://acme.test/pricing"}]},"trigger":{"type":"load"}})";
    snapshot.interactions.push_back(std::move(interaction));
  }
  return snapshot;
}

void BM_BootAnswerFiftyPosts(benchmark::State& state) {
  const content::Snapshot snapshot = FiftyPostsTwentyInteractions();
  const FeedPage page = PageOf(snapshot, "");
  std::map<std::string, Reactions> reactions;
  for (int i = 0; i < 50; i += 2) {
    reactions["post_" + std::to_string(i)] = {{{"👍", 12}, {"🎉", 3}}, {"👍"}};
  }
  Visitor visitor;
  visitor.user.id = "eu_1";
  visitor.user.external_id = "user-42";
  visitor.user.anonymous_id = "anon-42";
  visitor.user.attributes = {{"plan", "pro"}, {"seats", 12}};
  visitor.token = "wm_st_0123456789abcdef0123456789abcdef";
  visitor.state.last_opened_ms = 1795000000000;
  visitor.state.viewed = {{"ix_1", 2, 1795000000000}, {"ix_2", 1, 1794000000000}};
  std::vector<const content::LiveInteraction*> interactions;
  for (const auto& interaction : snapshot.interactions) interactions.push_back(&interaction);
  const FeedView feed{snapshot, "fr", "https://waymark.acme.test/changelog/acme", page, reactions};
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string body = BootJson(feed, visitor, interactions);
    bytes = body.size();
    benchmark::DoNotOptimize(body);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_BootAnswerFiftyPosts);

}  // namespace
}  // namespace waymark::widget
