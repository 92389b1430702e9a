#include "traffic/reverse_dns.hpp"

#include <ares.h>
#include <arpa/nameser.h>
#include <netdb.h>
#include <poll.h>

#include <array>
#include <deque>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "traffic/visitor_address.hpp"

namespace waymark::traffic {

using Clock = std::chrono::steady_clock;

// Names and "no name" answers for a while, the oldest forgotten first when full. Every
// entry lives as long (cache_ttl), so the order of insertion is the order of expiry.
class ReverseDns::Cache {
 public:
  Cache(std::size_t limit, Clock::duration ttl) : limit_(limit), ttl_(ttl) {}

  // The answer remembered for `key` (an empty optional inside for "no name"), if any.
  std::optional<std::optional<std::string>> Find(const std::string& key) {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(key);
    if (found == entries_.end() || found->second.expires <= Clock::now()) return std::nullopt;
    return found->second.name;
  }

  void Put(const std::string& key, std::optional<std::string> name) {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    while (!order_.empty() && order_.front().second <= now) PopOldest();
    if (!entries_.contains(key)) {
      while (entries_.size() >= limit_ && !order_.empty()) PopOldest();
      if (entries_.size() >= limit_) return;  // a limit of 0: remember nothing
    }
    entries_[key] = {std::move(name), now + ttl_};
    order_.emplace_back(key, now + ttl_);
  }

 private:
  struct Entry {
    std::optional<std::string> name;
    Clock::time_point expires;
  };

  // REQUIRES: mutex_ held. A key answered again has an older record in order_ too; only
  // its latest one removes the entry.
  void PopOldest() {
    const auto& [key, expires] = order_.front();
    if (const auto found = entries_.find(key);
        found != entries_.end() && found->second.expires == expires) {
      entries_.erase(found);
    }
    order_.pop_front();
  }

  const std::size_t limit_;
  const Clock::duration ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::deque<std::pair<std::string, Clock::time_point>> order_;
};

namespace {

struct ChannelCloser {
  void operator()(ares_channeldata* channel) const { ares_destroy(channel); }
};
using Channel = std::unique_ptr<ares_channeldata, ChannelCloser>;

// The hosts file is read through the channel's lookups ("f" for file only): DNS queries go
// out with ares_query, whose answers keep the DNS's own status (gethostbyaddr would turn a
// server failure into "not found", and "not found" is remembered for an hour).
Result<Channel> OpenChannel(const ReverseDnsOptions& options) {
  static std::once_flag library;
  std::call_once(library, [] { ares_library_init(ARES_LIB_INIT_ALL); });

  char file_only[] = "f";
  ares_options settings{};
  settings.lookups = file_only;
  settings.timeout = static_cast<int>(options.attempt_timeout.count());
  settings.tries = options.tries;
  ares_channel raw = nullptr;
  const int status =
      ares_init_options(&raw, &settings, ARES_OPT_LOOKUPS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES);
  if (status != ARES_SUCCESS) {
    return Status::Unavailable(std::string("reverse DNS: ") + ares_strerror(status));
  }
  Channel channel(raw);
  if (!options.servers.empty()) {
    std::string servers;
    for (const std::string& server : options.servers) {
      servers += (servers.empty() ? "" : ",") + server;
    }
    if (const int set = ares_set_servers_ports_csv(channel.get(), servers.c_str());
        set != ARES_SUCCESS) {
      return Status::Invalid("reverse DNS servers \"" + servers + "\": " + ares_strerror(set));
    }
  }
  return Result<Channel>(std::move(channel));
}

struct Run;

// One distinct address to name, and where it appears among those asked for.
struct Pending {
  std::string key;  // the address as printed, the cache's key
  int family = AF_INET;
  std::array<unsigned char, 16> bytes{};
  int length = 4;
  std::vector<std::size_t> indices;
  Lookup outcome = Lookup::kOutOfTime;  // until an answer says otherwise
  std::string name;
  Run* run = nullptr;
};

struct Run {
  ares_channel channel = nullptr;
  bool hosts_file = true;
  std::size_t in_flight = 0;
  std::size_t queried = 0;
};

std::optional<Pending> ToPending(std::string_view text) {
  const auto address = VisitorAddress(text);
  if (!address) return std::nullopt;
  Pending pending;
  pending.key = address->to_string();
  if (address->is_v4()) {
    const auto bytes = address->to_v4().to_bytes();
    std::copy(bytes.begin(), bytes.end(), pending.bytes.begin());
  } else {
    pending.family = AF_INET6;
    pending.length = 16;
    pending.bytes = address->to_v6().to_bytes();
  }
  return pending;
}

// "d.c.b.a.in-addr.arpa", or the 32 nibbles of an IPv6 address backwards under ip6.arpa.
std::string PtrName(const Pending& pending) {
  std::string name;
  if (pending.family == AF_INET) {
    for (int i = 3; i >= 0; --i) name += std::to_string(pending.bytes[i]) + '.';
    return name + "in-addr.arpa";
  }
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; --i) {
    name += {kHex[pending.bytes[i] & 0xf], '.', kHex[pending.bytes[i] >> 4], '.'};
  }
  return name + "ip6.arpa";
}

Lookup Classify(int status) {
  switch (status) {
    case ARES_SUCCESS:
      return Lookup::kNamed;
    case ARES_ENOTFOUND:  // NXDOMAIN
    case ARES_ENODATA:    // a name without a PTR record
      return Lookup::kNoName;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION:
      return Lookup::kOutOfTime;
    default:  // ETIMEOUT after every try, ESERVFAIL, EREFUSED, ECONNREFUSED ...
      return Lookup::kFailed;
  }
}

void OnDnsAnswer(void* arg, int status, int /*timeouts*/, unsigned char* answer, int length) {
  auto& pending = *static_cast<Pending*>(arg);
  --pending.run->in_flight;
  if (status == ARES_SUCCESS) {
    hostent* host = nullptr;
    status = ares_parse_ptr_reply(answer, length, pending.bytes.data(), pending.length,
                                  pending.family, &host);
    if (status == ARES_SUCCESS) {
      pending.name = host->h_name != nullptr ? host->h_name : "";
      ares_free_hostent(host);
      if (pending.name.empty()) status = ARES_ENODATA;
    }
  }
  pending.outcome = Classify(status);
}

void AskDns(Pending& pending) {
  ++pending.run->in_flight;
  ++pending.run->queried;
  ares_query(pending.run->channel, PtrName(pending).c_str(), ns_c_in, ns_t_ptr, OnDnsAnswer,
             &pending);
}

void OnHostsAnswer(void* arg, int status, int /*timeouts*/, hostent* host) {
  auto& pending = *static_cast<Pending*>(arg);
  --pending.run->in_flight;
  if (status == ARES_SUCCESS && host != nullptr && host->h_name != nullptr) {
    pending.outcome = Lookup::kNamed;
    pending.name = host->h_name;
  } else if (Classify(status) != Lookup::kOutOfTime) {
    AskDns(pending);
  }
}

// Waits for the channel's sockets or its next retry, never past `left`, and lets c-ares
// handle what happened.
void WaitAndProcess(ares_channel channel, Clock::duration left) {
  std::array<ares_socket_t, ARES_GETSOCK_MAXNUM> sockets{};
  const int bits = ares_getsock(channel, sockets.data(), ARES_GETSOCK_MAXNUM);
  std::vector<pollfd> fds;
  for (int i = 0; i < ARES_GETSOCK_MAXNUM; ++i) {
    short events = 0;
    if (ARES_GETSOCK_READABLE(bits, i)) events |= POLLIN;
    if (ARES_GETSOCK_WRITABLE(bits, i)) events |= POLLOUT;
    if (events != 0) fds.push_back({sockets[i], events, 0});
  }
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(left).count();
  timeval most{static_cast<time_t>(micros / 1'000'000),
               static_cast<suseconds_t>(micros % 1'000'000)};
  timeval next{};
  const timeval* wait = ares_timeout(channel, &most, &next);
  const int ms = static_cast<int>(wait->tv_sec * 1000 + (wait->tv_usec + 999) / 1000);
  if (poll(fds.data(), fds.size(), ms) <= 0) {
    ares_process_fd(channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);  // retries and timeouts
    return;
  }
  for (const pollfd& fd : fds) {
    const bool readable = (fd.revents & (POLLIN | POLLERR | POLLHUP)) != 0;
    const bool writable = (fd.revents & POLLOUT) != 0;
    ares_process_fd(channel, readable ? fd.fd : ARES_SOCKET_BAD,
                    writable ? fd.fd : ARES_SOCKET_BAD);
  }
}

// Runs every lookup, at most `concurrency` at once, until all are answered or the
// deadline passes; then cancels the rest, which stay kOutOfTime.
void RunLookups(Run& run, std::vector<Pending>& pending, std::size_t concurrency,
                Clock::time_point deadline) {
  std::size_t next = 0;
  while (true) {
    while (next < pending.size() && run.in_flight < concurrency) {
      Pending& lookup = pending[next++];
      if (!run.hosts_file) {
        AskDns(lookup);
        continue;
      }
      ++run.in_flight;
      ares_gethostbyaddr(run.channel, lookup.bytes.data(), lookup.length, lookup.family,
                         OnHostsAnswer, &lookup);
    }
    if (run.in_flight == 0 && next == pending.size()) return;
    const auto now = Clock::now();
    if (now >= deadline) break;
    WaitAndProcess(run.channel, deadline - now);
  }
  ares_cancel(run.channel);  // answers every query in flight with ARES_ECANCELLED
}

}  // namespace

ReverseDns::ReverseDns(ReverseDnsOptions options, std::unique_ptr<Cache> cache)
    : options_(std::move(options)), cache_(std::move(cache)) {}
ReverseDns::ReverseDns(ReverseDns&&) noexcept = default;
ReverseDns& ReverseDns::operator=(ReverseDns&&) noexcept = default;
ReverseDns::~ReverseDns() = default;

Result<ReverseDns> ReverseDns::Create(ReverseDnsOptions options) {
  if (const auto channel = OpenChannel(options); !channel.ok()) return channel.status();
  options.concurrency = std::max<std::size_t>(options.concurrency, 1);
  auto cache = std::make_unique<Cache>(options.cache_limit, options.cache_ttl);
  return ReverseDns(std::move(options), std::move(cache));
}

Resolution ReverseDns::Resolve(const std::vector<std::string>& addresses,
                               std::chrono::milliseconds budget) {
  const auto deadline = Clock::now() + budget;
  Resolution resolution;
  std::vector<Pending> pending;
  std::unordered_map<std::string, std::size_t> pending_by_key;
  for (std::size_t i = 0; i < addresses.size(); ++i) {
    HostName& host = resolution.hosts.emplace_back();
    host.address = addresses[i];
    auto lookup = ToPending(addresses[i]);
    if (!lookup) continue;  // kNotAnAddress
    if (auto cached = cache_->Find(lookup->key)) {
      host.outcome = *cached ? Lookup::kNamed : Lookup::kNoName;
      host.name = cached->value_or("");
      ++resolution.cached;
      continue;
    }
    const auto [slot, fresh] = pending_by_key.try_emplace(lookup->key, pending.size());
    if (fresh) pending.push_back(std::move(*lookup));
    pending[slot->second].indices.push_back(i);
  }
  if (pending.empty()) return resolution;

  Run run;  // outlives the channel, whose end may still call back (it finds nothing left)
  if (auto channel = OpenChannel(options_); channel.ok()) {
    run.channel = channel->get();
    run.hosts_file = options_.hosts_file;
    for (Pending& lookup : pending) lookup.run = &run;
    RunLookups(run, pending, options_.concurrency, deadline);
    resolution.queried = run.queried;
  } else {
    for (Pending& lookup : pending) lookup.outcome = Lookup::kFailed;
  }

  for (const Pending& lookup : pending) {
    if (lookup.outcome == Lookup::kNamed) cache_->Put(lookup.key, lookup.name);
    if (lookup.outcome == Lookup::kNoName) cache_->Put(lookup.key, std::nullopt);
    for (const std::size_t i : lookup.indices) {
      resolution.hosts[i].outcome = lookup.outcome;
      resolution.hosts[i].name = lookup.name;
    }
  }
  return resolution;
}

}  // namespace waymark::traffic
