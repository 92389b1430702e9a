#include "analytics/turn_work.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>

namespace waymark::analytics {
namespace {

std::vector<JournalBatch> ByProject(std::span<const store::JournalRecord> records) {
  std::vector<JournalBatch> projects;
  for (const store::JournalRecord& record : records) {
    auto batch = DecodeBatch(record.payload);
    if (!batch.ok()) {
      // Written by this program and intact by its CRC: only a bug gets here, and no retry
      // will read it better.
      spdlog::error("analytics.journal_unreadable sequence={} error=\"{}\"", record.sequence,
                    batch.status().message());
      continue;
    }
    auto same = std::find_if(projects.begin(), projects.end(), [&](const JournalBatch& b) {
      return b.project_id == batch->project_id;
    });
    if (same == projects.end()) {
      projects.push_back(std::move(*batch));
      continue;
    }
    const std::size_t offset = same->events.size();
    std::move(batch->events.begin(), batch->events.end(), std::back_inserter(same->events));
    for (ProfileUpdate& update : batch->profiles) {
      update.event_index += offset;
      same->profiles.push_back(std::move(update));
    }
  }
  return projects;
}

}  // namespace

TurnWork MakeTurn(std::span<const store::JournalRecord> records) {
  TurnWork work;
  if (records.empty()) return work;
  work.last = records.back().sequence;
  for (const auto& record : records) work.items += record.items;
  work.batches = ByProject(records);
  for (const JournalBatch& batch : work.batches) {
    work.prepared.push_back(PrepareBatch(batch.project_id, batch.events));
  }
  return work;
}

}  // namespace waymark::analytics
