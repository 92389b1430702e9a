#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace waymark::traffic {

// A one-line progress bar on a terminal: "[#########.........]  45%  1.2 GiB of 2.6 GiB
// 850,000 lines/s". Redrawn at most ten times a second, so calling Update for every chunk
// costs nothing; erased by Finish, so the report that follows starts on a clean line.
class ProgressBar {
 public:
  ProgressBar(std::FILE* terminal, std::uint64_t total_bytes);

  void Update(std::uint64_t done_bytes, std::uint64_t lines);
  void Finish();

 private:
  std::FILE* terminal_;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point drawn_{};
};

}  // namespace waymark::traffic
