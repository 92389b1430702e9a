#include "analytics/ingestor.hpp"

#include "analytics/event_store.hpp"
#include "core/clock.hpp"
#include "widget/end_users.hpp"

namespace waymark::analytics {
namespace {

// identify and group: the profile laid over the end-user's, who is made on first sight.
Status ApplyProfiles(store::Transaction& tx, std::string_view project_id,
                     const std::vector<ProfileUpdate>& profiles, const std::vector<bool>& fresh,
                     std::int64_t now_s) {
  for (const ProfileUpdate& update : profiles) {
    if (update.event_index >= fresh.size() || !fresh[update.event_index]) continue;
    std::optional<widget::Identity> identity;
    if (update.user_id) identity = widget::Identity{*update.user_id, "", {}};
    auto user = widget::FindOrCreateEndUser(tx, project_id, identity, update.anonymous_id, now_s);
    if (!user.ok()) return user.status();
    widget::ApplyProfile(update.profile, *user);
    if (Status s = widget::SaveEndUser(tx, *user, now_s); !s.ok()) return s;
  }
  return Status::Ok();
}

// Holds `count` places in the bound for as long as it lives.
class Admission {
 public:
  Admission(std::atomic<std::size_t>& pending, std::size_t count, std::size_t max)
      : pending_(pending), count_(count) {
    admitted_ = pending_.fetch_add(count_) + count_ <= max || count_ == 0;
  }
  ~Admission() { pending_.fetch_sub(count_); }
  bool admitted() const { return admitted_; }

 private:
  std::atomic<std::size_t>& pending_;
  std::size_t count_;
  bool admitted_ = false;
};

}  // namespace

boost::asio::awaitable<Result<std::vector<bool>>> Ingestor::Save(
    std::string project_id, std::span<const Event> events, std::vector<ProfileUpdate> profiles) {
  Admission admission(pending_, events.size(), max_pending_);
  if (!admission.admitted()) co_return Status::Unavailable("analytics: too many events waiting");
  if (events.empty()) co_return std::vector<bool>();
  std::vector<bool> fresh;
  const std::int64_t received_at = UnixNowMs();
  const PreparedBatch batch = PrepareBatch(project_id, events, received_at);
  Status status = co_await db_.Write([&](store::Transaction& tx) -> Status {
    auto saved = SaveEvents(tx, batch, events, seen_);
    if (!saved.ok()) return saved.status();
    fresh = std::move(*saved);
    return ApplyProfiles(tx, batch.project_id, profiles, fresh, received_at / 1000);
  });
  if (!status.ok()) co_return status;
  co_return fresh;
}

}  // namespace waymark::analytics
