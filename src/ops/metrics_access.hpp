#pragma once

#include <string_view>

namespace waymark::ops {

// Who may read /metrics, which tells a lot about a server's traffic. With a token
// configured: whoever presents it as `Authorization: Bearer`. Without one: only a client on
// this machine that did not come through a proxy (a request that carries X-Forwarded-For
// came from elsewhere, whatever its TCP peer says).
bool MetricsAllowed(std::string_view peer, std::string_view forwarded_for,
                    std::string_view authorization, std::string_view token);

}  // namespace waymark::ops
