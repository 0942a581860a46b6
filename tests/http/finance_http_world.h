#pragma once
// A small hand-worked system finance world for the finance page and API tests: two trusts, North Trust
// (R1A, ahead of plan) and South Trust (R2B, overspent), April to June 2026 closed and July 2026
// forecast, with envelopes, activity (and last year's, for year-on-year) and workforce for June 2026.
// Also April 2025, where South Trust's return is missing and R9Z (not a registered organisation) reports.
//
// The figures, worked by hand (£m; brackets are adverse), for June 2026 (M3):
//   bottom line     YTD plan  actual  var    FOT plan  forecast  var    trend (May's FOT var)
//   North Trust      3.00     3.20    0.20    4.00     4.20      0.20   up (0.05 -> 0.1)
//   South Trust      0.60    (0.10)  (0.70)   0.80    (0.25)    (1.05)  down ((0.70))
//   System           3.60     3.10   (0.50)   4.80     3.95      (0.85) down ((0.65) -> (0.7))
// less 3p on South Trust's June pay (£3,700,000.03), which tips the system forecast 3.95 to 3.9.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace ics::web::finance_http {

// £ thousands as pence: k(10'300) = £10.3m.
constexpr Pence k(long long thousands) { return thousands * 1000 * 100; }

// One line of an organisation: the same plan each month April-July 2026, actuals for April-June and
// July's forecast (absent: the plan stands).
inline void add_line(std::vector<LedgerEntry>& rows, const std::string& org, FinanceLine line, Pence plan,
                     const std::array<Pence, 3>& actuals, std::optional<Pence> july_forecast) {
  for (int i = 0; i < 3; ++i) rows.push_back({org, Month{2026, 4 + i}, line, plan, actuals[i], std::nullopt});
  rows.push_back({org, Month{2026, 7}, line, plan, std::nullopt, july_forecast});
}

inline std::vector<LedgerEntry> hand_worked_ledger() {
  std::vector<LedgerEntry> rows;
  add_line(rows, "R1A", FinanceLine::Income, k(10'000), {k(10'000), k(10'100), k(10'300)}, k(10'000));
  add_line(rows, "R1A", FinanceLine::Pay, k(6'000), {k(6'000), k(6'050), k(6'100)}, k(6'000));
  add_line(rows, "R1A", FinanceLine::NonPay, k(3'000), {k(3'000), k(3'000), k(3'050)}, k(3'000));
  add_line(rows, "R1A", FinanceLine::Capital, k(1'000), {k(800), k(900), k(1'000)}, k(1'200));
  add_line(rows, "R2B", FinanceLine::Income, k(5'000), {k(5'000), k(4'950), k(4'900)}, k(4'900));
  add_line(rows, "R2B", FinanceLine::Pay, k(3'500), {k(3'600), k(3'650), k(3'700) + 3}, k(3'700));
  add_line(rows, "R2B", FinanceLine::NonPay, k(1'200), {k(1'200), k(1'250), k(1'250)}, k(1'250));
  add_line(rows, "R2B", FinanceLine::NonOperating, k(100), {k(100), k(100), k(100)}, std::nullopt);
  // 2025/26: only April, and South Trust's actual has not come in.
  rows.push_back({"R1A", Month{2025, 4}, FinanceLine::Income, k(9'000), k(9'000), std::nullopt});
  rows.push_back({"R2B", Month{2025, 4}, FinanceLine::Income, k(4'000), std::nullopt, std::nullopt});
  rows.push_back({"R9Z", Month{2025, 4}, FinanceLine::Income, k(1'000), k(1'000), std::nullopt});
  return rows;
}

// Activity, April-June 2026 and the same months of 2025:
//   R1A day case: plan 3,000, actual 1,100 + 1,050 + 980 = 3,130 (+130, +4.3%); last year 2,900 (+7.9%)
//   R1A A&E:      plan 30,000, actual 31,500 (+1,500, +5.0%); last year 30,000 (+5.0%)
//   R2B outpatient first: plan 6,000, actual 5,550 (-450, -7.5%); no last year (year-on-year "–")
inline std::vector<ActivityEntry> hand_worked_activity() {
  std::vector<ActivityEntry> rows;
  const std::array<long long, 3> day_case{1'100, 1'050, 980}, day_case_last_year{950, 1'000, 950};
  for (int i = 0; i < 3; ++i) {
    rows.push_back({"R1A", Month{2026, 4 + i}, ActivityPod::DayCase, 1'000, day_case[static_cast<size_t>(i)]});
    rows.push_back({"R1A", Month{2025, 4 + i}, ActivityPod::DayCase, 1'000, day_case_last_year[static_cast<size_t>(i)]});
    rows.push_back({"R1A", Month{2026, 4 + i}, ActivityPod::AandE, 10'000, 10'500});
    rows.push_back({"R1A", Month{2025, 4 + i}, ActivityPod::AandE, 10'000, 10'000});
    rows.push_back({"R2B", Month{2026, 4 + i}, ActivityPod::OutpatientFirst, 2'000, 1'900 - 50 * i});
  }
  return rows;
}

// Workforce, June 2026: R1A substantive 1,200.0 planned, 1,180.5 in post (-19.5, adverse); R1A sickness
// 4.0% planned, 4.6% actual (+0.6%, adverse); R2B agency 20.0 planned, 15.3 used (-4.7, favourable).
inline std::vector<WorkforceEntry> hand_worked_workforce() {
  return {{"R1A", Month{2026, 6}, WorkforceMeasure::SubstantiveWte, 1'200.0, 1'180.5},
          {"R1A", Month{2026, 6}, WorkforceMeasure::SicknessRate, 4.0, 4.6},
          {"R2B", Month{2026, 6}, WorkforceMeasure::AgencyWte, 20.0, 15.3}};
}

// Revenue envelope £57.0m against a forecast of pay + non-pay + non-operating £56.2m (headroom 0.8);
// capital £3.5m against a forecast £3.9m (excess (0.4)).
inline std::vector<Envelope> hand_worked_envelopes() {
  return {{2026, EnvelopeKind::Revenue, k(57'000)}, {2026, EnvelopeKind::Capital, k(3'500)}};
}

// Puts the whole world into the store's finance tables.
inline void seed_finance(Store& store) {
  auto& finance = store.finance();
  finance.put_ledger(hand_worked_ledger());
  finance.put_envelopes(hand_worked_envelopes());
  finance.put_activity(hand_worked_activity());
  finance.put_workforce(hand_worked_workforce());
}

}  // namespace ics::web::finance_http
