#pragma once
// The system finance report for a month of a financial year: by organisation and for the system,
// year-to-date plan / actual / under(over)spend and forecast outturn plan / forecast / variance on the
// revenue bottom line (surplus or deficit) and on each line, a trend arrow against last month, the
// system against its revenue and capital envelopes. All arithmetic in whole pence.
//
// Signs: a variance is favourable when positive and adverse (printed in brackets) when negative.
// Income: actual - plan. Expenditure (pay, non-pay, non-operating) and capital: plan - actual (an
// underspend is favourable). Surplus/(deficit) = income - pay - non-pay - non-operating.
// Year to date = April .. month. Forecast outturn = actuals of months up to `month` + forecasts of the
// months after it (the plan where a month has no forecast); FOT plan = the whole year's plan.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/money.h"
#include "domain/finance.h"

namespace ics::finance {

struct Position {
  Pence ytd_plan = 0, ytd_actual = 0, ytd_variance = 0;
  Pence fot_plan = 0, fot_forecast = 0, fot_variance = 0;
  bool operator==(const Position&) const = default;
};

// The direction of the forecast outturn variance since last month, compared as printed (rounded to
// £0.1m) so the arrow agrees with the figures a reader sees. NotAvailable in month 1 (April), or when
// last month had no data.
enum class Trend { Improving, Worsening, Unchanged, NotAvailable };
std::string_view trend_arrow(Trend trend);  // "↑", "↓", "→", "" 
std::string_view trend_words(Trend trend);  // "Improving", "Worsening", "Unchanged", "Not available"

struct OrganisationFinance {
  std::string org_code;          // "" for the system total
  Position surplus;              // revenue bottom line: surplus/(deficit)
  std::map<FinanceLine, Position> lines;  // every line the ledger has for the organisation
  Trend trend = Trend::NotAvailable;
  // Months up to the report month without an actual on some line (the return is incomplete); their
  // actual counts as zero.
  std::vector<Month> missing_actuals;
};

struct EnvelopePosition {
  EnvelopeKind kind = EnvelopeKind::Revenue;
  Pence envelope = 0;
  Pence ytd_actual = 0;   // revenue: pay + non-pay + non-operating; capital: capital
  Pence forecast = 0;     // the system's forecast outturn on the same lines
  Pence headroom = 0;     // envelope - forecast; negative = excess, printed in brackets
};

struct FinanceReport {
  Month month;
  int financial_year_start = 0;
  std::vector<OrganisationFinance> organisations;  // ordered by org code
  OrganisationFinance system;                      // the sum of every organisation
  std::optional<EnvelopePosition> revenue, capital;  // when an envelope is held for the year
};

// year_ledger: the ledger of month's financial year (other years' rows are ignored).
FinanceReport finance_report(const std::vector<LedgerEntry>& year_ledger, const std::vector<Envelope>& envelopes,
                             Month month);

// Position of one line (or, with surplus=true, of the bottom line) from an organisation's ledger rows.
// Exposed for tests and the activity of other reports.
Position line_position(const std::vector<LedgerEntry>& org_rows, FinanceLine line, Month month);
Position surplus_position(const std::vector<LedgerEntry>& org_rows, Month month);

// The trend from last month's position to this month's, as described at Trend.
Trend trend_between(const Position& last_month, const Position& this_month);

}  // namespace ics::finance
