#pragma once

#include <exception>
#include <string>

#include "store/database.hpp"

namespace waymark::store::sqlite {

// Runs a caller's function on a store thread. Exceptions mean a bug in the function; caught
// here so one bug fails one caller instead of terminating the thread and stranding every
// other caller.
inline Status Invoke(WriteFn& fn, Transaction& tx) {
  try {
    return fn(tx);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("write function threw: ") + e.what());
  } catch (...) {
    return Status::Internal("write function threw a non-standard exception");
  }
}

}  // namespace waymark::store::sqlite
