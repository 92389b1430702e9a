#include "analytics/turn_work.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace waymark::analytics {
namespace {

std::vector<JournalBatch> ByProject(std::span<const store::JournalRecord> records,
                                    std::size_t items) {
  std::vector<JournalBatch> projects;
  for (const store::JournalRecord& record : records) {
    auto project = BatchProject(record.payload);
    auto same = std::find_if(projects.begin(), projects.end(), [&](const JournalBatch& b) {
      return project.ok() && b.project_id == *project;
    });
    if (same == projects.end()) {
      same = projects.emplace(projects.end());
      // Nearly always a turn holds one project's records.
      if (projects.size() == 1) same->events.reserve(items);
    }
    if (Status s = DecodeBatch(record.payload, *same); !s.ok()) {
      // Written by this program and intact by its CRC: only a bug gets here, and no retry
      // will read it better.
      spdlog::error("analytics.journal_unreadable sequence={} error=\"{}\"", record.sequence,
                    s.message());
      if (same->project_id.empty()) projects.erase(same);
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
  work.batches = ByProject(records, work.items);
  for (const JournalBatch& batch : work.batches) {
    work.prepared.push_back(PrepareBatch(batch.project_id, batch.events));
  }
  return work;
}

}  // namespace waymark::analytics
