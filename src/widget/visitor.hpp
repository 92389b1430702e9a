#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"
#include "targeting/end_user.hpp"
#include "widget/end_users.hpp"
#include "widget/requests.hpp"
#include "widget/state.hpp"

// The end-user behind a widget request, as the server knows them once the request's
// transaction has run: who they are, their state (what they sent merged with what the
// server kept) and their custom events.
namespace waymark::widget {

struct Visitor {
  EndUserRecord user;
  State state;
  targeting::EventCounts events;
  std::string token;  // their session
};

// Ids of the project's interactions that are live now. Only those enter the stored state,
// so a client cannot grow it with made-up ids.
using IsLive = std::function<bool(std::string_view interaction_id)>;

// The boot's work in the store: the session the request names when it is still the same
// person's, else a new one (counting a session) for the end-user it identifies or the
// anonymous id; their profile updated; their state reconciled. REQUIRES: the identity was
// verified when the project asks for it.
Result<Visitor> Admit(store::Transaction& tx, std::string_view project_id, const BootRequest& boot,
                      const IsLive& is_live, std::int64_t now);

// The session's end-user for a request after boot; NotFound when the session is unknown,
// expired or another project's. `client` is merged into (and, when it adds anything,
// saved as) the identified end-user's state, after the stored state forgets `forget`.
Result<Visitor> Resume(store::Transaction& tx, std::string_view project_id, std::string_view token,
                       const State& client, const IsLive& is_live, std::int64_t now,
                       Forget forget = Forget::kNothing);

}  // namespace waymark::widget
