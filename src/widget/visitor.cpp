#include "widget/visitor.hpp"

#include <algorithm>

#include "core/crypto.hpp"

namespace waymark::widget {
namespace {

State OnlyLive(const State& state, const IsLive& is_live) {
  State live;
  live.last_opened_ms = state.last_opened_ms;
  std::copy_if(state.viewed.begin(), state.viewed.end(), std::back_inserter(live.viewed),
               [&](const Viewed& viewed) { return is_live(viewed.id); });
  std::copy_if(state.forbidden.begin(), state.forbidden.end(), std::back_inserter(live.forbidden),
               is_live);
  return live;
}

// The state to answer with: an anonymous end-user's is the client's own; an identified
// one's is the stored state merged with the client's, saved when the client added to it.
Result<State> Reconcile(store::Transaction& tx, const EndUserRecord& user, const State& client,
                        const IsLive& is_live, Forget forget) {
  if (!user.identified()) return client;
  auto loaded = LoadState(tx, user.id);
  if (!loaded.ok()) return loaded.status();
  State stored = std::move(*loaded);
  const State before = stored;
  if (forget == Forget::kEverything) stored = {};
  if (forget == Forget::kLastOpened) stored.last_opened_ms.reset();
  State merged = Merge(stored, OnlyLive(client, is_live));
  if (merged != before) {
    Status saved = SaveState(tx, user.id, merged);
    if (!saved.ok()) return saved;
  }
  // Answer the client's entries the server did not keep too, so its cookies lose nothing.
  return Merge(merged, client);
}

// Whether a continued session must write the end-user back. last_seen moves at most hourly,
// so that the boots of a session that changes nothing are reads only.
bool Changed(const EndUserRecord& before, const EndUserRecord& after, std::int64_t now) {
  constexpr std::int64_t kLastSeenPrecisionS = 3600;
  return before.attributes != after.attributes || before.language != after.language ||
         before.email != after.email || before.name != after.name ||
         now - before.last_seen >= kLastSeenPrecisionS;
}

// Fills the visitor's state (reconciled with `client`) and custom events.
Status Complete(store::Transaction& tx, const State& client, const IsLive& is_live, Forget forget,
                Visitor& visitor) {
  auto state = Reconcile(tx, visitor.user, client, is_live, forget);
  if (!state.ok()) return state.status();
  visitor.state = std::move(*state);
  auto events = EventCountsOf(tx, visitor.user.id);
  if (!events.ok()) return events.status();
  visitor.events = std::move(*events);
  return Status::Ok();
}

bool SamePerson(const EndUserRecord& user, const BootRequest& boot) {
  return boot.user ? user.external_id == boot.user->id : !user.identified();
}

// The end-user of the boot's session when it is still valid and the same person's.
Result<std::optional<EndUserRecord>> SessionUser(store::Transaction& tx,
                                                 std::string_view project_id,
                                                 const BootRequest& boot, std::int64_t now) {
  if (boot.token.empty()) return std::optional<EndUserRecord>();
  auto id = SessionEndUser(tx, project_id, boot.token, now);
  if (!id.ok() && id.status().code() != Status::Code::kNotFound) return id.status();
  if (!id.ok()) return std::optional<EndUserRecord>();
  auto user = FindEndUser(tx, project_id, *id);
  if (!user.ok()) return user.status();
  if (!SamePerson(*user, boot)) return std::optional<EndUserRecord>();
  return std::optional(std::move(*user));
}

}  // namespace

Result<Visitor> Admit(store::Transaction& tx, std::string_view project_id, const BootRequest& boot,
                      const IsLive& is_live, std::int64_t now) {
  auto session_user = SessionUser(tx, project_id, boot, now);
  if (!session_user.ok()) return session_user.status();
  Visitor visitor;
  if (*session_user) {
    visitor.user = std::move(**session_user);
    visitor.token = boot.token;
  } else {
    const std::string anonymous_id =
        boot.anonymous_id.empty() ? crypto::NewId() : boot.anonymous_id;
    auto user = FindOrCreateEndUser(tx, project_id, boot.user, anonymous_id, now);
    if (!user.ok()) return user.status();
    visitor.user = std::move(*user);
    visitor.user.session_count += 1;
    auto token = IssueSession(tx, project_id, visitor.user.id, now);
    if (!token.ok()) return token.status();
    visitor.token = std::move(*token);
  }
  const EndUserRecord before = visitor.user;
  if (boot.user) ApplyProfile(boot.user->profile, visitor.user);
  if (!boot.language.empty()) visitor.user.language = boot.language;
  if (Changed(before, visitor.user, now) || !*session_user) {
    if (Status saved = SaveEndUser(tx, visitor.user, now); !saved.ok()) return saved;
  }

  if (Status done = Complete(tx, boot.state, is_live, Forget::kNothing, visitor); !done.ok()) {
    return done;
  }
  return visitor;
}

Result<Visitor> Resume(store::Transaction& tx, std::string_view project_id, std::string_view token,
                       const State& client, const IsLive& is_live, std::int64_t now,
                       Forget forget) {
  auto id = SessionEndUser(tx, project_id, token, now);
  if (!id.ok()) return id.status();
  auto user = FindEndUser(tx, project_id, *id);
  if (!user.ok()) return user.status();
  Visitor visitor{std::move(*user), {}, {}, std::string(token)};
  if (Status done = Complete(tx, client, is_live, forget, visitor); !done.ok()) return done;
  return visitor;
}

}  // namespace waymark::widget
