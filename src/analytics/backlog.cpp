#include "analytics/backlog.hpp"

#include <algorithm>

namespace waymark::analytics {

Backlog::Backlog(std::size_t found, ByProject found_by_project) : total_(found) {
  for (const auto& [project, events] : found_by_project) projects_[project] += events;
}

bool Backlog::Admit(std::string_view project, std::size_t events, std::size_t max) {
  std::lock_guard lock(mutex_);
  if (total_ > 0 && total_ + events > max) return false;
  total_ += events;
  auto found = projects_.find(project);
  if (found == projects_.end()) found = projects_.emplace(std::string(project), 0).first;
  found->second += events;
  return true;
}

void Backlog::Withdraw(std::string_view project, std::size_t events) {
  std::lock_guard lock(mutex_);
  total_ -= std::min(total_, events);
  CountOut(project, events);
}

void Backlog::Stored(std::size_t records_items, ByProject by_project) {
  std::lock_guard lock(mutex_);
  total_ -= std::min(total_, records_items);
  for (const auto& [project, events] : by_project) CountOut(project, events);
}

void Backlog::CountOut(std::string_view project, std::size_t events) {
  auto found = projects_.find(project);
  if (found == projects_.end()) return;  // a record unreadable at start: never counted in
  found->second -= std::min(found->second, events);
  if (found->second == 0) projects_.erase(found);
}

std::size_t Backlog::total() const {
  std::lock_guard lock(mutex_);
  return total_;
}

std::size_t Backlog::of(std::string_view project) const {
  std::lock_guard lock(mutex_);
  auto found = projects_.find(project);
  return found == projects_.end() ? 0 : found->second;
}

}  // namespace waymark::analytics
