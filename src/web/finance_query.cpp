#include "web/finance_query.h"

#include <algorithm>

namespace ics::web {
namespace {

Month april_of(int financial_year_start) { return Month{financial_year_start, 4}; }

bool has_actual_in(const std::vector<LedgerEntry>& ledger, Month month) {
  return std::any_of(ledger.begin(), ledger.end(),
                     [&](const LedgerEntry& e) { return e.month == month && e.actual.has_value(); });
}

const finance::OrganisationFinance* find_org(const finance::FinanceReport& report, const std::string& code) {
  if (code.empty()) return &report.system;
  for (const auto& org : report.organisations)
    if (org.org_code == code) return &org;
  return nullptr;
}

// Each line's trend from last month's report to this one's, for one organisation (or the system).
std::map<FinanceLine, finance::Trend> trends_of(const finance::OrganisationFinance& now,
                                                const finance::OrganisationFinance* last) {
  std::map<FinanceLine, finance::Trend> trends;
  for (const auto& [line, position] : now.lines) {
    finance::Trend trend = finance::Trend::NotAvailable;
    if (last && now.trend != finance::Trend::NotAvailable) {
      const auto it = last->lines.find(line);
      if (it != last->lines.end()) trend = finance::trend_between(it->second, position);
    }
    trends[line] = trend;
  }
  return trends;
}

}  // namespace

std::vector<Month> finance_months(FinanceStore& finance) {
  std::vector<Month> months;
  for (int year : finance.ledger_years()) {
    const auto latest = finance.latest_actual_month(year);
    if (!latest) continue;
    for (Month m = *latest; m >= april_of(year); m = m.previous()) months.push_back(m);
  }
  std::sort(months.rbegin(), months.rend());
  return months;
}

std::optional<Month> default_finance_month(FinanceStore& finance) {
  const std::vector<int> years = finance.ledger_years();
  if (years.empty()) return std::nullopt;
  return finance.latest_actual_month(years.front()).value_or(april_of(years.front()));
}

std::optional<FinanceMonth> load_finance_month(FinanceStore& finance, Month month) {
  const int year = month.financial_year_start();
  const std::vector<LedgerEntry> ledger = finance.ledger(year);
  if (!has_actual_in(ledger, month)) return std::nullopt;
  const std::vector<Envelope> envelopes = finance.envelopes(year);
  FinanceMonth data;
  data.report = finance::finance_report(ledger, envelopes, month);
  // Line trends need last month's report; April starts a year and has none.
  std::optional<finance::FinanceReport> last;
  if (month != april_of(year)) last = finance::finance_report(ledger, envelopes, month.previous());
  data.line_trends[""] = trends_of(data.report.system, last ? &last->system : nullptr);
  for (const auto& org : data.report.organisations)
    data.line_trends[org.org_code] = trends_of(org, last ? find_org(*last, org.org_code) : nullptr);
  data.activity = finance::activity_report(finance.activity(april_of(year - 1), month), month);
  data.workforce = finance::workforce_report(finance.workforce(month, month), month);
  return data;
}

finance::Trend line_trend(const FinanceMonth& data, const std::string& org_code, FinanceLine line) {
  const auto org = data.line_trends.find(org_code);
  if (org == data.line_trends.end()) return finance::Trend::NotAvailable;
  const auto it = org->second.find(line);
  return it == org->second.end() ? finance::Trend::NotAvailable : it->second;
}

}  // namespace ics::web
