#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "traffic/tally.hpp"

namespace waymark::traffic {

// Cuts a stream of bytes, given in pieces of any size, into lines for a Tally. A line
// longer than kMaxLineBytes is counted as too long and skipped up to its '\n', so one
// endless line costs no more memory than that.
class LineSplitter {
 public:
  explicit LineSplitter(Tally& tally) : tally_(tally) {}

  void Feed(std::string_view bytes);
  // The stream ended: a last line without '\n' is counted too (or as too long).
  void Finish();
  // The bytes of the stream that ended in whole lines so far, for a reader that resumes.
  std::uint64_t WholeLineBytes() const { return consumed_ - partial_.size() - skipped_; }

 private:
  Tally& tally_;
  std::string partial_;         // the start of a line whose '\n' has not come yet
  bool skipping_ = false;       // inside a line already counted as too long
  std::uint64_t consumed_ = 0;  // bytes fed
  std::uint64_t skipped_ = 0;   // bytes of the too-long line still being skipped
};

}  // namespace waymark::traffic
