#include "http/request.hpp"

#include <gtest/gtest.h>

#include "http/test_request.hpp"

namespace waymark::http {
namespace {

TEST(QueryParam, DecodesTheFirstMatch) {
  test::TestRequest t(Verb::get, "/x?limit=20&q=a+b%21&limit=30&flag");
  EXPECT_EQ(t.request.QueryParam("limit"), "20");
  EXPECT_EQ(t.request.QueryParam("q"), "a b!");
  EXPECT_EQ(t.request.QueryParam("flag"), "");
  EXPECT_EQ(t.request.QueryParam("missing"), std::nullopt);
}

TEST(QueryParam, ReadsNothingPastTheQuery) {
  test::TestRequest t(Verb::get, "/x?flag");  // the request line goes on after the target
  EXPECT_EQ(t.request.QueryParam("flag"), "");
}

TEST(QueryParam, NoneWithoutAQueryOrWithABadOne) {
  test::TestRequest none(Verb::get, "/x");
  EXPECT_EQ(none.request.QueryParam("a"), std::nullopt);
  test::TestRequest bad(Verb::get, "/x?a=%zz");
  EXPECT_EQ(bad.request.QueryParam("a"), std::nullopt);
}

}  // namespace
}  // namespace waymark::http
