#include "finance/workforce_report.h"

#include <map>
#include <set>
#include <string>
#include <utility>

namespace ics::finance {
namespace {

using MeasureValues = std::map<WorkforceMeasure, const WorkforceEntry*>;

bool is_rate(WorkforceMeasure m) { return m == WorkforceMeasure::SicknessRate || m == WorkforceMeasure::VacancyRate; }

WorkforceRow row_from(std::string org_code, WorkforceMeasure measure, std::optional<double> plan,
                      std::optional<double> actual) {
  WorkforceRow row;
  row.org_code = std::move(org_code);
  row.measure = measure;
  row.plan = plan;
  row.actual = actual;
  if (plan && actual) {
    row.variance = *actual - *plan;
    // Fewer substantive staff than planned is the adverse direction; for the rest, more is.
    row.adverse = measure == WorkforceMeasure::SubstantiveWte ? *row.variance < 0 : *row.variance > 0;
  }
  return row;
}

using Field = std::optional<double> WorkforceEntry::*;

// WTE across the organisations that return the measure: their sum, absent when any of them leaves the
// figure out (a partial sum would understate the system).
std::optional<double> system_wte(const std::map<std::string, MeasureValues>& orgs, WorkforceMeasure measure,
                                 Field field) {
  double total = 0;
  for (const auto& [code, values] : orgs) {
    auto it = values.find(measure);
    if (it == values.end()) continue;
    if (!(it->second->*field)) return std::nullopt;
    total += *(it->second->*field);
  }
  return total;
}

// A rate across the organisations that give one: weighted by each one's substantive WTE (the plan's for
// the plan, the actual's for the actual), or a plain average when any of them lacks that WTE.
std::optional<double> system_rate(const std::map<std::string, MeasureValues>& orgs, WorkforceMeasure measure,
                                  Field field) {
  double sum = 0, weighted_sum = 0, weights = 0;
  int count = 0;
  bool every_weight_known = true;
  for (const auto& [code, values] : orgs) {
    auto it = values.find(measure);
    if (it == values.end() || !(it->second->*field)) continue;
    const double rate = *(it->second->*field);
    sum += rate;
    ++count;
    auto wte = values.find(WorkforceMeasure::SubstantiveWte);
    if (wte == values.end() || !(wte->second->*field)) {
      every_weight_known = false;
      continue;
    }
    weighted_sum += rate * *(wte->second->*field);
    weights += *(wte->second->*field);
  }
  if (count == 0) return std::nullopt;
  if (every_weight_known && weights > 0) return weighted_sum / weights;
  return sum / count;
}

}  // namespace

std::vector<WorkforceRow> workforce_report(const std::vector<WorkforceEntry>& entries, Month month) {
  std::map<std::string, MeasureValues> orgs;
  for (const auto& e : entries)
    if (e.month == month) orgs[e.org_code][e.measure] = &e;

  std::set<WorkforceMeasure> measures_held;
  for (const auto& [code, values] : orgs)
    for (const auto& [measure, entry] : values) measures_held.insert(measure);

  std::vector<WorkforceRow> rows;
  for (WorkforceMeasure measure : measures_held) {
    auto combine = is_rate(measure) ? system_rate : system_wte;
    rows.push_back(row_from("", measure, combine(orgs, measure, &WorkforceEntry::plan),
                            combine(orgs, measure, &WorkforceEntry::actual)));
  }
  for (const auto& [code, values] : orgs)
    for (const auto& [measure, entry] : values) rows.push_back(row_from(code, measure, entry->plan, entry->actual));
  return rows;
}

}  // namespace ics::finance
