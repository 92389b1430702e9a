#include "traffic/log_files.hpp"

#include <algorithm>
#include <system_error>

#include "weblog/rotation.hpp"

namespace waymark::traffic {

std::vector<std::filesystem::path> LogFilesIn(const std::filesystem::path& dir) {
  constexpr std::string_view kBase = "access.log";
  std::vector<std::filesystem::path> rotated;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (weblog::IsRotatedName(name, kBase) && entry.is_regular_file(error)) {
      rotated.push_back(entry.path());
    }
  }
  // RotatedName puts the UTC time in the name, so names sort by age.
  std::sort(rotated.begin(), rotated.end());
  if (std::filesystem::is_regular_file(dir / kBase, error)) rotated.push_back(dir / kBase);
  return rotated;
}

}  // namespace waymark::traffic
