#pragma once

#include <string_view>

namespace waymark {

// Sets up the structured application log on stderr: one line per event,
// `ts=... level=... event key=value ...`. Call once at start.
void InitLogging(std::string_view level);

}  // namespace waymark
