#include "ingest/ae_attendances.h"

#include <map>
#include <optional>
#include <tuple>

#include "core/errors.h"
#include "core/numbers.h"
#include "ingest/ingest_common.h"

namespace ics {
namespace {

struct Counts {
  long long attendances = 0, breaches = 0, admissions = 0;
};

std::optional<long long> count_cell(ingest::RowProblems& p, const std::string& cell, size_t column, const char* name) {
  auto n = parse_integer(cell);
  if (!n) {
    p.add(column, std::string(name) + " \"" + cell + "\" is not a whole number");
    return std::nullopt;
  }
  if (*n < 0) {
    p.add(column, std::string(name) + " " + cell + " is negative");
    return std::nullopt;
  }
  return n;
}

const char* type_metric(const std::string& type) {
  if (type == "1") return "ae_4hr_type1";
  if (type == "2") return "ae_4hr_type2";
  if (type == "other") return "ae_4hr_other";
  return nullptr;
}

Observation four_hour(const char* metric, const std::string& org, Month month, const Counts& c) {
  const double seen = static_cast<double>(c.attendances - c.breaches);
  const double all = static_cast<double>(c.attendances);
  return Observation{metric, org, month, seen, all, seen / all};
}

Observation count(const char* metric, const std::string& org, Month month, long long n) {
  return Observation{metric, org, month, std::nullopt, std::nullopt, static_cast<double>(n)};
}

}  // namespace

std::vector<Observation> read_ae_attendances_csv(const CsvTable& table) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"period", "org_code", "type", "attendances", "breaches", "admissions"});
  const size_t c_period = columns[0];
  const size_t c_org = columns[1];
  const size_t c_type = columns[2];
  const size_t c_att = columns[3];
  const size_t c_breach = columns[4];
  const size_t c_adm = columns[5];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Observation> out;
  // All-types totals per (org, month), in a sorted map so the output order is stable.
  std::map<std::tuple<std::string, int>, Counts> totals;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    const std::string& period_text = row.cells[c_period];
    const auto date = period_text.size() == 10 ? parse_date(period_text) : std::nullopt;
    if (!date) p.add(c_period, "period \"" + period_text + "\" is not a date (YYYY-MM-DD)");
    else if (date->day() != 1) p.add(c_period, "period " + period_text + " is not the first of a month");
    const std::string& org = row.cells[c_org];
    if (org.empty()) p.add(c_org, "empty org code");
    const std::string& type = row.cells[c_type];
    const char* metric = type_metric(type);
    if (!metric) p.add(c_type, "type \"" + type + "\" is not one of 1, 2, other");
    const auto att = count_cell(p, row.cells[c_att], c_att, "attendances");
    const auto breaches = count_cell(p, row.cells[c_breach], c_breach, "breaches");
    const auto adm = count_cell(p, row.cells[c_adm], c_adm, "admissions");
    if (att && breaches && *breaches > *att)
      p.add(c_breach, "breaches " + row.cells[c_breach] + " exceed attendances " + row.cells[c_att]);
    if (date && !org.empty() && metric) {
      const std::string key = period_text + '\x1f' + org + '\x1f' + type;
      if (int first = seen.seen_before(key, row.line))
        p.add(c_type, "duplicate row for period " + period_text + ", org \"" + org + "\", type " + type +
                          " (first on line " + std::to_string(first) + ")");
    }
    if (p.any()) continue;
    const Month month = Month::of(*date);
    const Counts c{*att, *breaches, *adm};
    if (c.attendances > 0) out.push_back(four_hour(metric, org, month, c));
    Counts& total = totals[{org, month.index()}];
    total.attendances += c.attendances;
    total.breaches += c.breaches;
    total.admissions += c.admissions;
  }
  problems.throw_if_any();

  for (const auto& [key, c] : totals) {
    const auto& [org, index] = key;
    const Month month{index / 12, index % 12 + 1};
    if (c.attendances > 0) out.push_back(four_hour("ae_4hr", org, month, c));
    out.push_back(count("ae_attendances", org, month, c.attendances));
    out.push_back(count("ae_admissions", org, month, c.admissions));
  }
  return out;
}

ImportSummary import_ae_attendances_csv(const CsvTable& table, Store& store) {
  auto observations = read_ae_attendances_csv(table);
  const auto known = ingest::metric_ids(store);
  for (const char* id : {"ae_4hr", "ae_4hr_type1", "ae_4hr_type2", "ae_4hr_other", "ae_attendances", "ae_admissions"})
    if (!known.count(id))
      throw InputError(InputProblem{table.source, 0, 0,
                                    std::string("the store has no metric \"") + id +
                                        "\" for A&E data; add it with `ics import metrics`"});
  return store.put_observations(observations);
}

}  // namespace ics
