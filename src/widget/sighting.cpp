#include "widget/sighting.hpp"

namespace waymark::widget {

bool SightingDue(std::optional<std::int64_t> last_saved_at, std::int64_t now,
                 std::int64_t interval) {
  if (!last_saved_at) return true;
  return now < *last_saved_at || now - *last_saved_at >= interval;
}

}  // namespace waymark::widget
