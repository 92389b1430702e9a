#include "analytics/backlog.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::analytics {
namespace {

using ByProject = std::vector<std::pair<std::string, std::size_t>>;

TEST(Backlog, CountsInAllAndPerProject) {
  Backlog backlog;
  EXPECT_TRUE(backlog.Admit("p_a", 20, 100));
  EXPECT_TRUE(backlog.Admit("p_b", 30, 100));
  EXPECT_TRUE(backlog.Admit("p_a", 5, 100));
  EXPECT_EQ(backlog.total(), 55u);
  EXPECT_EQ(backlog.of("p_a"), 25u);
  EXPECT_EQ(backlog.of("p_b"), 30u);
  EXPECT_EQ(backlog.of("p_c"), 0u);
  backlog.Stored(50, ByProject{{"p_a", 20}, {"p_b", 30}});
  EXPECT_EQ(backlog.total(), 5u);
  EXPECT_EQ(backlog.of("p_a"), 5u);
  EXPECT_EQ(backlog.of("p_b"), 0u);
}

TEST(Backlog, PastTheBoundARequestIsRefusedAndHoldsNoPlace) {
  Backlog backlog;
  EXPECT_TRUE(backlog.Admit("p_a", 80, 100));
  EXPECT_FALSE(backlog.Admit("p_a", 30, 100));
  EXPECT_EQ(backlog.total(), 80u);
  EXPECT_EQ(backlog.of("p_a"), 80u);
  EXPECT_TRUE(backlog.Admit("p_b", 20, 100));  // exactly at the bound
}

TEST(Backlog, ARequestLargerThanTheBoundIsLetInAlone) {
  Backlog backlog;
  EXPECT_TRUE(backlog.Admit("p_a", 500, 100));
  EXPECT_FALSE(backlog.Admit("p_a", 1, 100));
  backlog.Withdraw("p_a", 500);
  EXPECT_EQ(backlog.total(), 0u);
  EXPECT_EQ(backlog.of("p_a"), 0u);
}

// What the journal held at start counts towards the bound and per project; a record that
// could not be read (10 events here) in the total only. Neither goes below zero.
TEST(Backlog, EventsFoundAtStartCountTowardsTheBoundAndTheirProjects) {
  Backlog backlog(90, ByProject{{"p_a", 60}, {"p_b", 20}});
  EXPECT_EQ(backlog.of("p_a"), 60u);
  EXPECT_EQ(backlog.of("p_b"), 20u);
  EXPECT_FALSE(backlog.Admit("p_a", 20, 100));
  backlog.Stored(70, ByProject{{"p_a", 60}});
  EXPECT_EQ(backlog.total(), 20u);
  EXPECT_EQ(backlog.of("p_a"), 0u);
  EXPECT_EQ(backlog.of("p_b"), 20u);
  backlog.Stored(20, ByProject{{"p_b", 20}});
  EXPECT_EQ(backlog.total(), 0u);
  EXPECT_EQ(backlog.of("p_b"), 0u);
  EXPECT_TRUE(backlog.Admit("p_a", 20, 100));
  backlog.Stored(500, ByProject{{"p_a", 500}});
  EXPECT_EQ(backlog.total(), 0u);
  EXPECT_EQ(backlog.of("p_a"), 0u);
}

}  // namespace
}  // namespace waymark::analytics
