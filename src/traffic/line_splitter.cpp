#include "traffic/line_splitter.hpp"

#include <cstring>

namespace waymark::traffic {

void LineSplitter::Feed(std::string_view bytes) {
  consumed_ += bytes.size();
  while (!bytes.empty()) {
    const void* found = std::memchr(bytes.data(), '\n', bytes.size());
    if (found == nullptr) {
      if (skipping_) {
        skipped_ += bytes.size();
      } else if (partial_.size() + bytes.size() > kMaxLineBytes) {
        tally_.AddProblem(LineProblem::kTooLong);
        skipping_ = true;
        skipped_ += partial_.size() + bytes.size();
        partial_.clear();
      } else {
        partial_.append(bytes);
      }
      return;
    }
    const std::size_t end = static_cast<const char*>(found) - bytes.data();
    if (skipping_) {
      skipping_ = false;
      skipped_ = 0;
    } else if (!partial_.empty()) {
      if (partial_.size() + end > kMaxLineBytes) {
        tally_.AddProblem(LineProblem::kTooLong);
      } else {
        partial_.append(bytes.substr(0, end));
        tally_.AddLine(partial_);
      }
      partial_.clear();
    } else if (end > kMaxLineBytes) {
      tally_.AddProblem(LineProblem::kTooLong);
    } else if (end > 0) {
      tally_.AddLine(bytes.substr(0, end));
    }
    bytes.remove_prefix(end + 1);
  }
}

void LineSplitter::Finish() {
  if (!partial_.empty()) tally_.AddLine(partial_);
  partial_.clear();
  skipping_ = false;
  skipped_ = 0;
}

}  // namespace waymark::traffic
