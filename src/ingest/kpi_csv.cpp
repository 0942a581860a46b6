#include "ingest/kpi_csv.h"

#include <cmath>
#include <optional>

#include "core/errors.h"
#include "core/numbers.h"
#include "ingest/ingest_common.h"

namespace ics {
namespace {

// A value must equal numerator / denominator to this tolerance when all three are given.
constexpr double kAgreement = 1e-9;

std::optional<double> optional_number(ingest::RowProblems& problems, const std::string& cell, size_t column,
                                      const char* name) {
  if (cell.empty()) return std::nullopt;
  auto n = parse_number(cell);
  if (!n) problems.add(column, std::string(name) + " \"" + cell + "\" is not a number");
  return n;
}

}  // namespace

std::vector<Observation> read_kpi_csv(const CsvTable& table, const std::set<std::string>& known_metric_ids) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"metric_id", "org_code", "month", "numerator", "denominator", "value"});
  const size_t c_metric = columns[0];
  const size_t c_org = columns[1];
  const size_t c_month = columns[2];
  const size_t c_num = columns[3];
  const size_t c_den = columns[4];
  const size_t c_value = columns[5];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Observation> out;
  out.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    Observation o;
    o.metric_id = row.cells[c_metric];
    o.org_code = row.cells[c_org];
    if (o.metric_id.empty()) p.add(c_metric, "empty metric id");
    else if (!known_metric_ids.count(o.metric_id)) p.add(c_metric, "unknown metric id \"" + o.metric_id + "\"");
    if (o.org_code.empty()) p.add(c_org, "empty org code");
    const std::string& month_text = row.cells[c_month];
    const auto month = month_text.size() == 7 ? parse_month(month_text) : std::nullopt;
    if (month) o.month = *month;
    else p.add(c_month, "month \"" + month_text + "\" is not a month (YYYY-MM)");

    o.numerator = optional_number(p, row.cells[c_num], c_num, "numerator");
    o.denominator = optional_number(p, row.cells[c_den], c_den, "denominator");
    const auto value = optional_number(p, row.cells[c_value], c_value, "value");
    if (o.denominator && *o.denominator == 0) p.add(c_den, "denominator is 0");
    const bool ratio = o.numerator && o.denominator && *o.denominator != 0;
    if (value) {
      o.value = *value;
      if (ratio && std::abs(*value - *o.numerator / *o.denominator) > kAgreement)
        p.add(c_value, "value " + row.cells[c_value] + " does not equal numerator / denominator (" +
                           format_round_trip(*o.numerator / *o.denominator) + ")");
    } else if (ratio) {
      o.value = *o.numerator / *o.denominator;
    } else if (row.cells[c_value].empty() && !(o.denominator && *o.denominator == 0)) {
      p.add(c_value, "value is missing (give a value, or a numerator and a denominator)");
    }

    if (!o.metric_id.empty() && !o.org_code.empty() && month) {
      const std::string key = o.metric_id + '\x1f' + o.org_code + '\x1f' + month->to_string();
      if (int first = seen.seen_before(key, row.line))
        p.add(c_metric, "duplicate row for metric \"" + o.metric_id + "\", org \"" + o.org_code + "\", month " +
                            month->to_string() + " (first on line " + std::to_string(first) + ")");
    }
    if (!p.any()) out.push_back(std::move(o));
  }
  problems.throw_if_any();
  return out;
}

ImportSummary import_kpi_csv(const CsvTable& table, Store& store) {
  return store.put_observations(read_kpi_csv(table, ingest::metric_ids(store)));
}

}  // namespace ics
