#pragma once
// Small helpers shared by the CSV importers: cell places and duplicate tracking.
#include <unordered_map>
#include <set>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/errors.h"
#include "domain/metric.h"
#include "store/store.h"

namespace ics::ingest {

// Reports problems on one row, placing each at a 1-based CSV column.
class RowProblems {
 public:
  RowProblems(ProblemList& list, const CsvTable& table, const CsvRow& row) : list_(list), table_(table), row_(row) {}
  // Adds "source:line:column: message" for the cell in 0-based column index; marks the row bad.
  void add(size_t column_index, std::string message);
  bool any() const { return any_; }

 private:
  ProblemList& list_;
  const CsvTable& table_;
  const CsvRow& row_;
  bool any_ = false;
};

// Remembers the line each key first appeared on, to name it when the key repeats.
class DuplicateTracker {
 public:
  // expected_keys sizes the table once, so a national file does not rehash as it grows.
  explicit DuplicateTracker(size_t expected_keys) { first_line_.reserve(expected_keys); }
  // Returns the first line of key if it was seen before; otherwise records line and returns 0.
  int seen_before(const std::string& key, int line);

 private:
  std::unordered_map<std::string, int> first_line_;
};

// Ids of the metrics a store holds.
std::set<std::string> metric_ids(Store& store);
std::set<std::string> metric_ids(const std::vector<Metric>& metrics);

}  // namespace ics::ingest
