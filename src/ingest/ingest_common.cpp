#include "ingest/ingest_common.h"

namespace ics::ingest {

void RowProblems::add(size_t column_index, std::string message) {
  list_.add(table_.source, row_.line, static_cast<int>(column_index) + 1, std::move(message));
  any_ = true;
}

int DuplicateTracker::seen_before(const std::string& key, int line) {
  auto [it, inserted] = first_line_.emplace(key, line);
  return inserted ? 0 : it->second;
}

std::set<std::string> metric_ids(const std::vector<Metric>& metrics) {
  std::set<std::string> ids;
  for (const auto& m : metrics) ids.insert(m.id);
  return ids;
}

std::set<std::string> metric_ids(Store& store) { return metric_ids(store.metrics()); }

}  // namespace ics::ingest
