#include "analytics/journal_batch.hpp"

#include <algorithm>
#include <bit>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstring>
#include <optional>

namespace waymark::analytics {
namespace {

static_assert(std::endian::native == std::endian::little, "the journal is little-endian");

constexpr std::uint8_t kVersion = 1;

class Writer {
 public:
  explicit Writer(std::size_t reserve) { out_.reserve(reserve); }

  void Byte(std::uint8_t value) { out_.push_back(static_cast<char>(value)); }
  void Number(std::uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), 8); }
  void Text(std::string_view text) {
    const auto size = static_cast<std::uint32_t>(text.size());
    out_.append(reinterpret_cast<const char*>(&size), 4);
    out_.append(text);
  }
  void MaybeText(const std::optional<std::string>& text) {
    Byte(text ? 1 : 0);
    if (text) Text(*text);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote; the first read past the end, or of a wrong flag, fails it.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }
  void Fail() { ok_ = false; }

  std::uint8_t Byte() {
    if (!Have(1)) return 0;
    const auto value = static_cast<std::uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return value;
  }
  std::uint64_t Number() {
    std::uint64_t value = 0;
    if (!Have(8)) return 0;
    std::memcpy(&value, in_.data(), 8);
    in_.remove_prefix(8);
    return value;
  }
  std::string Text() {
    std::uint32_t size = 0;
    if (!Have(4)) return {};
    std::memcpy(&size, in_.data(), 4);
    in_.remove_prefix(4);
    if (!Have(size)) return {};
    std::string text(in_.substr(0, size));
    in_.remove_prefix(size);
    return text;
  }
  std::optional<std::string> MaybeText() {
    const std::uint8_t flag = Byte();
    if (flag > 1) ok_ = false;
    if (flag != 1) return std::nullopt;
    return Text();
  }

 private:
  bool Have(std::size_t size) {
    if (ok_ && in_.size() >= size) return true;
    ok_ = false;
    return false;
  }

  std::string_view in_;
  bool ok_ = true;
};

void PutEvent(Writer& out, const Event& event) {
  out.Text(event.id);
  out.Byte(static_cast<std::uint8_t>(event.type));
  out.Text(event.name);
  out.Text(event.user_key);
  out.Text(event.interaction_id);
  out.Text(event.post_id);
  out.Number(static_cast<std::uint64_t>(event.ts));
  out.Text(event.props);
}

void GetEvent(Reader& in, Event& event) {
  event.id = in.Text();
  const std::uint8_t type = in.Byte();
  if (type > static_cast<std::uint8_t>(EventType::kAlias)) {
    in.Fail();
    return;
  }
  event.type = static_cast<EventType>(type);
  event.name = in.Text();
  event.user_key = in.Text();
  event.interaction_id = in.Text();
  event.post_id = in.Text();
  event.ts = static_cast<std::int64_t>(in.Number());
  event.props = in.Text();
}

void PutProfile(Writer& out, const ProfileUpdate& update) {
  out.Number(update.event_index);
  out.MaybeText(update.user_id);
  out.Text(update.anonymous_id);
  out.MaybeText(update.profile.email);
  out.MaybeText(update.profile.name);
  out.MaybeText(update.profile.attributes
                    ? std::optional<std::string>(boost::json::serialize(*update.profile.attributes))
                    : std::nullopt);
  out.Byte(update.profile.remove_unspecified ? 1 : 0);
}

std::optional<ProfileUpdate> GetProfile(Reader& in) {
  ProfileUpdate update;
  update.event_index = static_cast<std::size_t>(in.Number());
  update.user_id = in.MaybeText();
  update.anonymous_id = in.Text();
  update.profile.email = in.MaybeText();
  update.profile.name = in.MaybeText();
  if (auto attributes = in.MaybeText()) {
    boost::system::error_code ec;
    boost::json::value parsed = boost::json::parse(*attributes, ec);
    if (ec || !parsed.is_object()) return std::nullopt;
    update.profile.attributes = std::move(parsed.get_object());
  }
  update.profile.remove_unspecified = in.Byte() == 1;
  return update;
}

Status DecodeEvents(std::string_view payload, JournalBatch& into) {
  Reader in(payload);
  if (in.Byte() != kVersion) return Status::Invalid("journal batch: unknown version");
  const std::string project_id = in.Text();
  if (!in.ok()) return Status::Invalid("journal batch: damaged");
  if (into.project_id.empty()) into.project_id = project_id;
  if (project_id != into.project_id) return Status::Invalid("journal batch: another project's");
  const auto received_at = static_cast<std::int64_t>(in.Number());
  const std::uint64_t events = in.Number();
  // Each event takes at least 32 bytes: a count past what is left is damage, not a batch.
  if (!in.ok() || events > payload.size() / 32) return Status::Invalid("journal batch: damaged");
  const std::size_t offset = into.events.size();
  if (into.events.capacity() < offset + events) {
    into.events.reserve(std::max<std::size_t>(offset + events, 2 * into.events.capacity()));
  }
  for (std::uint64_t i = 0; i < events && in.ok(); ++i) {
    Event& event = into.events.emplace_back();
    GetEvent(in, event);
    event.received_at = received_at;
  }
  const std::uint64_t profiles = in.Number();
  if (!in.ok() || profiles > events) return Status::Invalid("journal batch: damaged");
  for (std::uint64_t i = 0; i < profiles && in.ok(); ++i) {
    auto update = GetProfile(in);
    if (!update || update->event_index >= events) {
      return Status::Invalid("journal batch: damaged profile");
    }
    update->event_index += offset;
    into.profiles.push_back(std::move(*update));
  }
  if (!in.ok() || !in.at_end()) return Status::Invalid("journal batch: damaged");
  return Status::Ok();
}

}  // namespace

std::string EncodeBatch(std::string_view project_id, std::int64_t received_at,
                        std::span<const Event> events, std::span<const ProfileUpdate> profiles) {
  Writer out(64 + events.size() * 160);
  out.Byte(kVersion);
  out.Text(project_id);
  out.Number(static_cast<std::uint64_t>(received_at));
  out.Number(events.size());
  for (const Event& event : events) PutEvent(out, event);
  out.Number(profiles.size());
  for (const ProfileUpdate& update : profiles) PutProfile(out, update);
  return out.Take();
}

Result<std::string> BatchProject(std::string_view payload) {
  Reader in(payload);
  if (in.Byte() != kVersion) return Status::Invalid("journal batch: unknown version");
  std::string project_id = in.Text();
  if (!in.ok()) return Status::Invalid("journal batch: damaged");
  return project_id;
}

Status DecodeBatch(std::string_view payload, JournalBatch& into) {
  const bool had_project = !into.project_id.empty();
  const std::size_t events = into.events.size();
  const std::size_t profiles = into.profiles.size();
  Status status = DecodeEvents(payload, into);
  if (!status.ok()) {
    if (!had_project) into.project_id.clear();
    into.events.resize(events);
    into.profiles.resize(profiles);
  }
  return status;
}

}  // namespace waymark::analytics
