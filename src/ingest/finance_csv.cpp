#include "ingest/finance_csv.h"

#include <optional>
#include <string>

#include "core/errors.h"
#include "core/money.h"
#include "core/numbers.h"
#include "ingest/ingest_common.h"
#include "store/store.h"

namespace ics {
namespace {

using ingest::RowProblems;

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string first_on_line(int line) { return " (first on line " + std::to_string(line) + ")"; }

std::string org_code_of(RowProblems& p, const CsvRow& row, size_t column) {
  const std::string& code = row.cells[column];
  if (code.empty()) p.add(column, "empty org code");
  return code;
}

std::optional<Month> month_of(RowProblems& p, const CsvRow& row, size_t column) {
  const std::string& text = row.cells[column];
  auto month = text.size() == 7 ? parse_month(text) : std::nullopt;
  if (!month) p.add(column, "month " + quoted(text) + " is not a month (YYYY-MM)");
  return month;
}

// A name from the enum's table; otherwise every allowed name is listed.
template <class E>
std::optional<E> enum_of(RowProblems& p, const CsvRow& row, size_t column, const char* what) {
  const std::string& text = row.cells[column];
  auto value = parse_enum<E>(text);
  if (!value) p.add(column, std::string(what) + " " + quoted(text) + " is not one of " + enum_choices<E>());
  return value;
}

// Pounds and pence, exactly. An empty cell is absent (an error when required).
std::optional<Pence> pounds_of(RowProblems& p, const CsvRow& row, size_t column, const char* what, bool required) {
  const std::string& text = row.cells[column];
  if (text.empty()) {
    if (required) p.add(column, std::string(what) + " is missing");
    return std::nullopt;
  }
  auto pence = parse_pounds(text);
  if (!pence) p.add(column, std::string(what) + " " + quoted(text) + " is not an amount in pounds (e.g. 1234.56 or (1,234.56))");
  return pence;
}

std::optional<long long> count_of(RowProblems& p, const CsvRow& row, size_t column, const char* what, bool required) {
  const std::string& text = row.cells[column];
  if (text.empty()) {
    if (required) p.add(column, std::string(what) + " is missing");
    return std::nullopt;
  }
  auto count = parse_integer(text);
  if (!count || *count < 0) {
    p.add(column, std::string(what) + " " + quoted(text) + " is not a whole count");
    return std::nullopt;
  }
  return count;
}

std::optional<double> workforce_number_of(RowProblems& p, const CsvRow& row, size_t column, const char* what,
                                          bool rate) {
  const std::string& text = row.cells[column];
  if (text.empty()) return std::nullopt;
  auto number = parse_number(text);
  if (!number) p.add(column, std::string(what) + " " + quoted(text) + " is not a number");
  else if (*number < 0) p.add(column, std::string(what) + " " + quoted(text) + " is negative");
  else if (rate && *number > 100) p.add(column, std::string(what) + " " + quoted(text) + " is not a percentage (0 to 100)");
  else return number;
  return std::nullopt;
}

// "2025/26" -> 2025: four digits, a slash, and the next year's last two digits.
std::optional<int> financial_year_start_of(std::string_view text) {
  if (text.size() != 7 || text[4] != '/') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  const int start = std::stoi(std::string(text.substr(0, 4)));
  const int end = std::stoi(std::string(text.substr(5, 2)));
  if (end != (start + 1) % 100) return std::nullopt;
  return start;
}

std::string key_of(const std::string& org_code, Month month, std::string_view name) {
  return org_code + '\x1f' + month.to_string() + '\x1f' + std::string(name);
}

}  // namespace

std::vector<LedgerEntry> read_ledger_csv(const CsvTable& table) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"org_code", "month", "line", "plan", "actual", "forecast"});
  const size_t c_org = columns[0], c_month = columns[1], c_line = columns[2];
  const size_t c_plan = columns[3], c_actual = columns[4], c_forecast = columns[5];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<LedgerEntry> out;
  out.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    RowProblems p(problems, table, row);
    LedgerEntry e;
    e.org_code = org_code_of(p, row, c_org);
    const auto month = month_of(p, row, c_month);
    const auto line = enum_of<FinanceLine>(p, row, c_line, "line");
    const auto plan = pounds_of(p, row, c_plan, "plan", true);
    e.actual = pounds_of(p, row, c_actual, "actual", false);
    e.forecast = pounds_of(p, row, c_forecast, "forecast", false);
    if (!e.org_code.empty() && month && line) {
      if (int first = seen.seen_before(key_of(e.org_code, *month, enum_name(*line)), row.line))
        p.add(c_org, "duplicate row for org " + quoted(e.org_code) + ", month " + month->to_string() + ", line " +
                         quoted(std::string(enum_name(*line))) + first_on_line(first));
    }
    if (p.any()) continue;
    e.month = *month;
    e.line = *line;
    e.plan = *plan;
    out.push_back(std::move(e));
  }
  problems.throw_if_any();
  return out;
}

std::vector<Envelope> read_envelopes_csv(const CsvTable& table) {
  const auto columns = table.require_columns({"financial_year", "kind", "amount"});
  const size_t c_year = columns[0], c_kind = columns[1], c_amount = columns[2];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Envelope> out;
  for (const auto& row : table.rows) {
    RowProblems p(problems, table, row);
    const std::string& year_text = row.cells[c_year];
    const auto year = financial_year_start_of(year_text);
    if (!year) p.add(c_year, "financial year " + quoted(year_text) + " is not a financial year (YYYY/YY, e.g. 2025/26)");
    const auto kind = enum_of<EnvelopeKind>(p, row, c_kind, "kind");
    const auto amount = pounds_of(p, row, c_amount, "amount", true);
    if (amount && *amount < 0) p.add(c_amount, "amount " + quoted(row.cells[c_amount]) + " is negative");
    if (year && kind) {
      if (int first = seen.seen_before(year_text + '\x1f' + std::string(enum_name(*kind)), row.line))
        p.add(c_year, "duplicate row for financial year " + year_text + ", kind " +
                          quoted(std::string(enum_name(*kind))) + first_on_line(first));
    }
    if (p.any()) continue;
    out.push_back(Envelope{*year, *kind, *amount});
  }
  problems.throw_if_any();
  return out;
}

std::vector<ActivityEntry> read_activity_csv(const CsvTable& table) {
  const auto columns = table.require_columns({"org_code", "month", "pod", "plan", "actual"});
  const size_t c_org = columns[0], c_month = columns[1], c_pod = columns[2], c_plan = columns[3],
               c_actual = columns[4];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<ActivityEntry> out;
  out.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    RowProblems p(problems, table, row);
    ActivityEntry e;
    e.org_code = org_code_of(p, row, c_org);
    const auto month = month_of(p, row, c_month);
    const auto pod = enum_of<ActivityPod>(p, row, c_pod, "pod");
    const auto plan = count_of(p, row, c_plan, "plan", true);
    e.actual = count_of(p, row, c_actual, "actual", false);
    if (!e.org_code.empty() && month && pod) {
      if (int first = seen.seen_before(key_of(e.org_code, *month, enum_name(*pod)), row.line))
        p.add(c_org, "duplicate row for org " + quoted(e.org_code) + ", month " + month->to_string() + ", pod " +
                         quoted(std::string(enum_name(*pod))) + first_on_line(first));
    }
    if (p.any()) continue;
    e.month = *month;
    e.pod = *pod;
    e.plan = *plan;
    out.push_back(std::move(e));
  }
  problems.throw_if_any();
  return out;
}

std::vector<WorkforceEntry> read_workforce_csv(const CsvTable& table) {
  const auto columns = table.require_columns({"org_code", "month", "measure", "plan", "actual"});
  const size_t c_org = columns[0], c_month = columns[1], c_measure = columns[2], c_plan = columns[3],
               c_actual = columns[4];

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<WorkforceEntry> out;
  out.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    RowProblems p(problems, table, row);
    WorkforceEntry e;
    e.org_code = org_code_of(p, row, c_org);
    const auto month = month_of(p, row, c_month);
    const auto measure = enum_of<WorkforceMeasure>(p, row, c_measure, "measure");
    const bool rate = measure == WorkforceMeasure::SicknessRate || measure == WorkforceMeasure::VacancyRate;
    e.plan = workforce_number_of(p, row, c_plan, "plan", rate);
    e.actual = workforce_number_of(p, row, c_actual, "actual", rate);
    if (row.cells[c_plan].empty() && row.cells[c_actual].empty()) p.add(c_plan, "plan and actual are both empty");
    if (!e.org_code.empty() && month && measure) {
      if (int first = seen.seen_before(key_of(e.org_code, *month, enum_name(*measure)), row.line))
        p.add(c_org, "duplicate row for org " + quoted(e.org_code) + ", month " + month->to_string() + ", measure " +
                         quoted(std::string(enum_name(*measure))) + first_on_line(first));
    }
    if (p.any()) continue;
    e.month = *month;
    e.measure = *measure;
    out.push_back(std::move(e));
  }
  problems.throw_if_any();
  return out;
}

FinancePutSummary import_ledger_csv(const CsvTable& table, Store& store) {
  return store.finance().put_ledger(read_ledger_csv(table));
}

FinancePutSummary import_envelopes_csv(const CsvTable& table, Store& store) {
  return store.finance().put_envelopes(read_envelopes_csv(table));
}

FinancePutSummary import_activity_csv(const CsvTable& table, Store& store) {
  return store.finance().put_activity(read_activity_csv(table));
}

FinancePutSummary import_workforce_csv(const CsvTable& table, Store& store) {
  return store.finance().put_workforce(read_workforce_csv(table));
}

}  // namespace ics
