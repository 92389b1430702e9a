#pragma once

#include <filesystem>
#include <vector>

namespace waymark::traffic {

// The access log in `dir` and its rotated files (see weblog::RotatedName), oldest first
// and access.log last, the order their lines were written in.
std::vector<std::filesystem::path> LogFilesIn(const std::filesystem::path& dir);

}  // namespace waymark::traffic
