#include "widget/feed.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "content/post_feed_json.hpp"

namespace waymark::widget {
namespace {

content::Snapshot WithPosts(int count) {
  content::Snapshot snapshot;
  for (int i = count; i > 0; --i) {  // newest first, as snapshots hold them
    content::PublishedPost post;
    post.id = "p" + std::to_string(i);
    post.slug = "post-" + std::to_string(i);
    post.published_at = 1000 + i / 2;  // pairs share a second: the id breaks the tie
    post.texts.emplace_back().title = "Post " + std::to_string(i);
    snapshot.posts.push_back(std::move(post));
  }
  return snapshot;
}

std::vector<std::string> Ids(const FeedPage& page) {
  std::vector<std::string> ids;
  for (const auto* post : page.posts) ids.push_back(post->id);
  return ids;
}

TEST(Feed, PagesFollowOneAnotherWithoutGapOrRepeat) {
  content::Snapshot snapshot = WithPosts(5);
  FeedPage first = PageOf(snapshot, "", 2);
  EXPECT_EQ(Ids(first), (std::vector<std::string>{"p5", "p4"}));
  ASSERT_TRUE(first.next);
  FeedPage second = PageOf(snapshot, *first.next, 2);
  EXPECT_EQ(Ids(second), (std::vector<std::string>{"p3", "p2"}));
  FeedPage last = PageOf(snapshot, *second.next, 2);
  EXPECT_EQ(Ids(last), std::vector<std::string>{"p1"});
  EXPECT_FALSE(last.next);
}

TEST(Feed, AGarbledCursorGivesTheFirstPage) {
  content::Snapshot snapshot = WithPosts(3);
  for (std::string_view cursor : {"x", "12", "abc.p1", ".p1", "1000."}) {
    EXPECT_EQ(Ids(PageOf(snapshot, cursor, 1)), std::vector<std::string>{"p3"}) << cursor;
  }
}

TEST(Feed, UnreadCountsPostsPublishedAfterTheLastOpening) {
  content::Snapshot snapshot = WithPosts(4);  // published at 1002, 1001, 1001, 1000
  EXPECT_EQ(UnreadCount(snapshot, std::nullopt), 4);
  EXPECT_EQ(UnreadCount(snapshot, 1'000'500), 3);
  EXPECT_EQ(UnreadCount(snapshot, 1'001'000), 1);
  EXPECT_EQ(UnreadCount(snapshot, 1'002'000), 0);
}

TEST(Feed, APostIsItsSerializedHeadThenTheReadersPart) {
  content::PublishedPost post;
  post.id = "p1";
  post.slug = "dark-mode";
  post.labels = {"ui"};
  post.published_at = 1795253400;
  post.texts.push_back({"en", "Dark \"mode\"", "<p>a</p>", "a"});
  post.texts.push_back({"fr", "Mode sombre", "<p>b</p>", "b"});
  for (content::PostText& text : post.texts) text.feed_head = content::PostFeedHead(post, text);
  const Reactions reactions{{{"\U0001F44D", 3}, {"say \"hi\"", 1}}, {"say \"hi\""}};

  std::string out;
  AppendPostJson(out, post, "fr-CA", "en", "\"https://w.test/changelog/acme", reactions);
  const boost::json::value json = boost::json::parse(out);
  EXPECT_EQ(json.at("title"), "Mode sombre");
  EXPECT_EQ(json.at("html"), "<p>b</p>");
  EXPECT_EQ(json.at("labels"), boost::json::array{"ui"});
  EXPECT_EQ(json.at("publishedAt"), 1795253400000);
  EXPECT_EQ(json.at("url"), "https://w.test/changelog/acme/dark-mode");
  EXPECT_EQ(json.at("reactions"), (boost::json::object{{"\U0001F44D", 3}, {"say \"hi\"", 1}}));
  EXPECT_EQ(json.at("mine"), boost::json::array{"say \"hi\""});

  out.clear();
  AppendPostJson(out, post, "de", "en", "\"https://w.test/changelog/acme", Reactions{});
  const boost::json::value fallback = boost::json::parse(out);
  EXPECT_EQ(fallback.at("title"), "Dark \"mode\"");
  EXPECT_EQ(fallback.at("reactions"), boost::json::object{});
  EXPECT_EQ(fallback.at("mine"), boost::json::array{});
}

}  // namespace
}  // namespace waymark::widget
