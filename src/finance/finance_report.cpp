#include "finance/finance_report.h"

#include <set>
#include <utility>

namespace ics::finance {
namespace {

constexpr FinanceLine kSpendingLines[] = {FinanceLine::Pay, FinanceLine::NonPay, FinanceLine::NonOperating};

// £0.1m, the precision the report prints and the trend compares at.
constexpr Pence kPrintedUnit = 10'000'000;

bool is_income(FinanceLine line) { return line == FinanceLine::Income; }

// Favourable is positive: more income than planned, or less spent than planned.
void set_variances(Position& p, bool income_like) {
  p.ytd_variance = income_like ? p.ytd_actual - p.ytd_plan : p.ytd_plan - p.ytd_actual;
  p.fot_variance = income_like ? p.fot_forecast - p.fot_plan : p.fot_plan - p.fot_forecast;
}

Position& operator+=(Position& total, const Position& p) {
  total.ytd_plan += p.ytd_plan;
  total.ytd_actual += p.ytd_actual;
  total.ytd_variance += p.ytd_variance;
  total.fot_plan += p.fot_plan;
  total.fot_forecast += p.fot_forecast;
  total.fot_variance += p.fot_variance;
  return total;
}

// Plan, actual and forecast figures of `spending` taken from `total`; variances are set by the caller.
void subtract_figures(Position& total, const Position& spending) {
  total.ytd_plan -= spending.ytd_plan;
  total.ytd_actual -= spending.ytd_actual;
  total.fot_plan -= spending.fot_plan;
  total.fot_forecast -= spending.fot_forecast;
}

// Last month's position is only worth comparing when last month's return came in.
Trend trend_of(const std::vector<LedgerEntry>& rows, Month month) {
  if (month.financial_month() == 1) return Trend::NotAvailable;
  const Month last = month.previous();
  bool last_month_reported = false;
  for (const auto& row : rows)
    if (row.month == last && row.actual) last_month_reported = true;
  if (!last_month_reported) return Trend::NotAvailable;
  return trend_between(surplus_position(rows, last), surplus_position(rows, month));
}

std::vector<Month> missing_actuals_of(const std::vector<LedgerEntry>& rows, Month month) {
  const int year = month.financial_year_start();
  std::set<FinanceLine> lines;
  std::set<std::pair<Month, FinanceLine>> reported;
  for (const auto& row : rows) {
    if (row.month.financial_year_start() != year) continue;
    lines.insert(row.line);
    if (row.actual) reported.emplace(row.month, row.line);
  }
  std::vector<Month> missing;
  for (Month m{year, 4}; m <= month; m = m.next())
    for (FinanceLine line : lines)
      if (!reported.count({m, line})) {
        missing.push_back(m);
        break;
      }
  return missing;
}

OrganisationFinance organisation_finance(std::string org_code, const std::vector<LedgerEntry>& rows, Month month) {
  OrganisationFinance f;
  f.org_code = std::move(org_code);
  std::set<FinanceLine> lines;
  for (const auto& row : rows) lines.insert(row.line);
  for (FinanceLine line : lines) f.lines[line] = line_position(rows, line, month);
  f.surplus = surplus_position(rows, month);
  f.trend = trend_of(rows, month);
  f.missing_actuals = missing_actuals_of(rows, month);
  return f;
}

// The system: every organisation's figures added together, so the total agrees with its parts to the penny.
OrganisationFinance system_finance(const std::vector<OrganisationFinance>& organisations,
                                   const std::vector<LedgerEntry>& year_rows, Month month) {
  OrganisationFinance system;
  std::set<Month> missing;
  for (const auto& org : organisations) {
    system.surplus += org.surplus;
    for (const auto& [line, position] : org.lines) system.lines[line] += position;
    missing.insert(org.missing_actuals.begin(), org.missing_actuals.end());
  }
  system.missing_actuals.assign(missing.begin(), missing.end());
  // Positions are sums of rows, so the system's trend is the trend of all its rows.
  system.trend = trend_of(year_rows, month);
  return system;
}

std::optional<EnvelopePosition> envelope_position(const std::vector<Envelope>& envelopes, EnvelopeKind kind,
                                                  int year, const OrganisationFinance& system) {
  for (const auto& e : envelopes) {
    if (e.financial_year_start != year || e.kind != kind) continue;
    EnvelopePosition p;
    p.kind = kind;
    p.envelope = e.amount;
    auto add_line = [&](FinanceLine line) {
      auto it = system.lines.find(line);
      if (it == system.lines.end()) return;
      p.ytd_actual += it->second.ytd_actual;
      p.forecast += it->second.fot_forecast;
    };
    if (kind == EnvelopeKind::Revenue)
      for (FinanceLine line : kSpendingLines) add_line(line);
    else
      add_line(FinanceLine::Capital);
    p.headroom = p.envelope - p.forecast;
    return p;
  }
  return std::nullopt;
}

}  // namespace

std::string_view trend_arrow(Trend trend) {
  switch (trend) {
    case Trend::Improving: return "↑";
    case Trend::Worsening: return "↓";
    case Trend::Unchanged: return "→";
    case Trend::NotAvailable: break;
  }
  return "";
}

std::string_view trend_words(Trend trend) {
  switch (trend) {
    case Trend::Improving: return "Improving";
    case Trend::Worsening: return "Worsening";
    case Trend::Unchanged: return "Unchanged";
    case Trend::NotAvailable: break;
  }
  return "Not available";
}

Position line_position(const std::vector<LedgerEntry>& org_rows, FinanceLine line, Month month) {
  const int year = month.financial_year_start();
  Position p;
  for (const auto& row : org_rows) {
    if (row.line != line || row.month.financial_year_start() != year) continue;
    p.fot_plan += row.plan;
    if (row.month <= month) {
      // A closed month without its actual counts as zero; missing_actuals says so.
      const Pence actual = row.actual.value_or(0);
      p.ytd_plan += row.plan;
      p.ytd_actual += actual;
      p.fot_forecast += actual;
    } else {
      p.fot_forecast += row.forecast.value_or(row.plan);
    }
  }
  set_variances(p, is_income(line));
  return p;
}

Position surplus_position(const std::vector<LedgerEntry>& org_rows, Month month) {
  Position surplus = line_position(org_rows, FinanceLine::Income, month);
  for (FinanceLine line : kSpendingLines) subtract_figures(surplus, line_position(org_rows, line, month));
  set_variances(surplus, true);
  return surplus;
}

Trend trend_between(const Position& last_month, const Position& this_month) {
  const Pence before = round_to(last_month.fot_variance, kPrintedUnit);
  const Pence now = round_to(this_month.fot_variance, kPrintedUnit);
  if (now > before) return Trend::Improving;
  if (now < before) return Trend::Worsening;
  return Trend::Unchanged;
}

FinanceReport finance_report(const std::vector<LedgerEntry>& year_ledger, const std::vector<Envelope>& envelopes,
                             Month month) {
  FinanceReport report;
  report.month = month;
  report.financial_year_start = month.financial_year_start();

  std::vector<LedgerEntry> year_rows;
  std::map<std::string, std::vector<LedgerEntry>> rows_by_org;
  for (const auto& row : year_ledger) {
    if (row.month.financial_year_start() != report.financial_year_start) continue;
    year_rows.push_back(row);
    rows_by_org[row.org_code].push_back(row);
  }
  for (const auto& [code, rows] : rows_by_org) report.organisations.push_back(organisation_finance(code, rows, month));
  report.system = system_finance(report.organisations, year_rows, month);
  report.revenue = envelope_position(envelopes, EnvelopeKind::Revenue, report.financial_year_start, report.system);
  report.capital = envelope_position(envelopes, EnvelopeKind::Capital, report.financial_year_start, report.system);
  return report;
}

}  // namespace ics::finance
