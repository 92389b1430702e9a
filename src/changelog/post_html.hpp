#pragma once

#include <string>

#include "changelog/view.hpp"

namespace waymark::changelog {

enum class PostLayout {
  kInList,  // on the changelog page: an <h2> title linking to the post's own page
  kAlone,   // on the post's page: an <h1> title
};

// One post as an <article>: title, date, category, labels, cover image and body. In a list,
// the article carries the post's language when it differs from the page's.
void AppendPostArticle(std::string& out, const ChangelogView& view, const PostView& post,
                       PostLayout layout);

}  // namespace waymark::changelog
