#include "markup/text_cut.hpp"

namespace waymark::markup {
namespace {

constexpr std::string_view kEllipsis = "…";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// The length of the longest prefix of at most `budget` bytes that ends between words, or
// between characters when no word boundary fits.
std::size_t CutPoint(std::string_view text, std::size_t budget) {
  if (text[budget] == ' ') return budget;
  const std::size_t space = text.rfind(' ', budget);
  if (space != std::string_view::npos && space > 0) return space;
  std::size_t end = budget;
  while (end > 0 && IsContinuationByte(text[end])) --end;
  return end;
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    out += c;
    gap = false;
  }
  return out;
}

std::string CutAtWord(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  if (max_bytes < kEllipsis.size()) return {};
  std::string_view kept = text.substr(0, CutPoint(text, max_bytes - kEllipsis.size()));
  while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
  return std::string(kept) + std::string(kEllipsis);
}

}  // namespace waymark::markup
