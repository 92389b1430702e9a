#include "traffic/progress_bar.hpp"

#include <algorithm>
#include <string>

#include "traffic/number_format.hpp"

namespace waymark::traffic {

ProgressBar::ProgressBar(std::FILE* terminal, std::uint64_t total_bytes)
    : terminal_(terminal), total_(total_bytes), start_(std::chrono::steady_clock::now()) {}

void ProgressBar::Update(std::uint64_t done_bytes, std::uint64_t lines) {
  const auto now = std::chrono::steady_clock::now();
  if (now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  constexpr int kWidth = 30;
  const double share =
      total_ == 0 ? 0
                  : std::min(1.0, static_cast<double>(done_bytes) / static_cast<double>(total_));
  const int filled = static_cast<int>(share * kWidth);
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto rate =
      static_cast<std::uint64_t>(seconds > 0 ? static_cast<double>(lines) / seconds : 0);
  std::fprintf(terminal_, "\r[%s%s] %3d%%  %s of %s  %s lines/s \033[K",
               std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
               static_cast<int>(share * 100), HumanBytes(done_bytes).c_str(),
               HumanBytes(total_).c_str(), Thousands(rate).c_str());
  std::fflush(terminal_);
}

void ProgressBar::Finish() {
  if (drawn_ != std::chrono::steady_clock::time_point{}) std::fprintf(terminal_, "\r\033[K");
  std::fflush(terminal_);
}

}  // namespace waymark::traffic
