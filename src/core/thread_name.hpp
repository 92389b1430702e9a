#pragma once

#include <string>
#include <string_view>

// Names the calling thread as `top -H`, `perf` and /proc/<pid>/task/<tid>/comm show it, so
// that an operator (and bench/ingest) can tell the server's threads apart. Linux keeps 15
// bytes of a name; longer ones are cut. Naming a thread again by the same name costs nothing.
namespace waymark {

void NameThisThread(std::string_view name);

// The calling thread's name.
std::string ThisThreadName();

}  // namespace waymark
