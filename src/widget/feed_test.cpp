#include "widget/feed.hpp"

#include <gtest/gtest.h>

namespace waymark::widget {
namespace {

content::Snapshot WithPosts(int count) {
  content::Snapshot snapshot;
  for (int i = count; i > 0; --i) {  // newest first, as snapshots hold them
    content::PublishedPost post;
    post.id = "p" + std::to_string(i);
    post.slug = "post-" + std::to_string(i);
    post.published_at = 1000 + i / 2;  // pairs share a second: the id breaks the tie
    post.texts.push_back({"en", "Post " + std::to_string(i), "<p>x</p>", "x"});
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

}  // namespace
}  // namespace waymark::widget
