#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// The installed cmark-gfm (0.29.0.gfm.6) predates upstream's 2023 fixes for inputs that
// take polynomial time: a 100 kB post could hold a server thread for minutes. Rather than
// patch the library, the input is measured first and the slow constructs are turned off for
// the rare document that has enough of them to matter.
namespace waymark::markup {

// Budgets, in the units the estimates below count; each keeps a worst case near 0.1 s.
inline constexpr std::size_t kMaxTableColumns = 128;
inline constexpr std::size_t kMaxTableCells = 100'000;
inline constexpr std::size_t kMaxInlineCost = 100'000'000;

struct GuardedInput {
  std::string markdown;   // the input, or, when over budget, with slow openers neutralized
  bool tables = true;     // whether the table extension may run
  bool autolinks = true;  // whether the autolink extension may run
};

// Estimates over runs of non-blank lines, which bound every paragraph and table:
// - tables: a run with a delimiter row ("|---|:-:") may become a table of (most '|' in a
//   line + 1) columns by its line count, every row padded to full width, and each row is
//   parsed in time quadratic in its '|'s;
// - inlines: each "<?", "<!" (raw HTML that never closes) and "![" (an image opener that
//   never closes, with links after it) may rescan the rest of its paragraph, so a run costs
//   their count times its length. Over budget, they become "&lt;?", "&lt;!" and "&#33;[",
//   which render the same characters as text and open nothing;
// - autolinks: the extension looks for an email address around every '@' in a paragraph
//   and copies the rest of it each time it finds one, so a run costs its '@'s times its
//   length. Over budget, addresses and URLs stay text.
GuardedInput GuardSlowInput(std::string_view markdown);

}  // namespace waymark::markup
