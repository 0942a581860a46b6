// The system finance report: YTD and forecast outturn worked by hand to the penny, the system as the sum
// of its organisations, envelopes, trend arrows and missing returns.
#include "finance/finance_report.h"

#include <gtest/gtest.h>

#include <map>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace ics::finance {

// Readable failures; static so other test files may print Position their own way.
[[maybe_unused]] static void PrintTo(const Position& p, std::ostream* os) {
  *os << "{ytd " << p.ytd_plan << " / " << p.ytd_actual << " / " << p.ytd_variance << ", fot " << p.fot_plan << " / "
      << p.fot_forecast << " / " << p.fot_variance << "}";
}

namespace {

using L = FinanceLine;

Month fy_month(int financial_year_start, int financial_month) {
  Month m{financial_year_start, 4};
  for (int i = 1; i < financial_month; ++i) m = m.next();
  return m;
}

// Twelve rows for one line of 2024/25 with the same plan each month: actuals from April in order, and
// `forecast` for financial months forecast_from..12 (none when forecast_from is 0).
void add_year(std::vector<LedgerEntry>& ledger, const std::string& org, FinanceLine line, Pence plan,
              const std::vector<Pence>& actuals, int forecast_from = 0, Pence forecast = 0) {
  for (int fm = 1; fm <= 12; ++fm) {
    LedgerEntry e{org, fy_month(2024, fm), line, plan, std::nullopt, std::nullopt};
    if (fm <= static_cast<int>(actuals.size())) e.actual = actuals[fm - 1];
    if (forecast_from > 0 && fm >= forecast_from) e.forecast = forecast;
    ledger.push_back(e);
  }
}

LedgerEntry& row_at(std::vector<LedgerEntry>& ledger, const std::string& org, Month month, FinanceLine line) {
  for (auto& e : ledger)
    if (e.org_code == org && e.month == month && e.line == line) return e;
  throw std::logic_error("no such row");
}

const Month kApril{2024, 4}, kMay{2024, 5}, kJune{2024, 6};

// Two trusts for 2024/25, reported at May (M02). Worked by hand:
//   RAA income   plan 100,000,000 a month; actual Apr 100,000,033, May 99,999,967; no forecast
//       pay      plan  60,000,000; actual 61,000,000, 75,000,000; forecast Jun..Mar 62,000,000
//       non-pay  plan  33,333,333 (£333,333.33); actual 33,333,333, 33,333,334; no forecast
//       capital  plan   5,000,000; actual 4,000,000, 6,000,000; forecast Jun 20,000,000 only
//   RBB income   plan  50,000,010; actual 50,000,010, 50,000,020
//       pay      plan  45,000,000; actual 45,000,000, 45,000,000
//       non-op   plan  10,000,000; actual 10,000,000, 4,000,000; forecast Jun..Mar 8,000,000
std::vector<LedgerEntry> two_trusts() {
  std::vector<LedgerEntry> ledger;
  add_year(ledger, "RBB", L::Income, 50'000'010, {50'000'010, 50'000'020});
  add_year(ledger, "RBB", L::Pay, 45'000'000, {45'000'000, 45'000'000});
  add_year(ledger, "RBB", L::NonOperating, 10'000'000, {10'000'000, 4'000'000}, 3, 8'000'000);
  add_year(ledger, "RAA", L::Income, 100'000'000, {100'000'033, 99'999'967});
  add_year(ledger, "RAA", L::Pay, 60'000'000, {61'000'000, 75'000'000}, 3, 62'000'000);
  add_year(ledger, "RAA", L::NonPay, 33'333'333, {33'333'333, 33'333'334});
  add_year(ledger, "RAA", L::Capital, 5'000'000, {4'000'000, 6'000'000});
  row_at(ledger, "RAA", kJune, L::Capital).forecast = 20'000'000;
  return ledger;
}

std::vector<Envelope> envelopes_2024() {
  return {{2023, EnvelopeKind::Revenue, 1}, {2024, EnvelopeKind::Revenue, 1'800'000'000},
          {2024, EnvelopeKind::Capital, 70'000'000}};
}

TEST(FinanceReportLines, EachLineOfEachTrustToThePenny) {
  const auto report = finance_report(two_trusts(), envelopes_2024(), kMay);
  ASSERT_EQ(report.organisations.size(), 2u);
  const auto& raa = report.organisations[0];
  const auto& rbb = report.organisations[1];
  EXPECT_EQ(raa.org_code, "RAA");  // ordered by code, whatever the ledger's order
  EXPECT_EQ(rbb.org_code, "RBB");

  ASSERT_EQ(raa.lines.size(), 4u);
  EXPECT_EQ(raa.lines.at(L::Income), (Position{200'000'000, 200'000'000, 0, 1'200'000'000, 1'200'000'000, 0}));
  // Spending: an overspend is a negative (adverse) variance.
  EXPECT_EQ(raa.lines.at(L::Pay), (Position{120'000'000, 136'000'000, -16'000'000, 720'000'000, 756'000'000, -36'000'000}));
  EXPECT_EQ(raa.lines.at(L::NonPay), (Position{66'666'666, 66'666'667, -1, 399'999'996, 399'999'997, -1}));
  // Capital: June's forecast, the plan for the other nine months.
  EXPECT_EQ(raa.lines.at(L::Capital), (Position{10'000'000, 10'000'000, 0, 60'000'000, 75'000'000, -15'000'000}));
  EXPECT_EQ(raa.lines.count(L::NonOperating), 0u);

  ASSERT_EQ(rbb.lines.size(), 3u);
  EXPECT_EQ(rbb.lines.at(L::Income), (Position{100'000'020, 100'000'030, 10, 600'000'120, 600'000'130, 10}));
  EXPECT_EQ(rbb.lines.at(L::Pay), (Position{90'000'000, 90'000'000, 0, 540'000'000, 540'000'000, 0}));
  EXPECT_EQ(rbb.lines.at(L::NonOperating), (Position{20'000'000, 14'000'000, 6'000'000, 120'000'000, 94'000'000, 26'000'000}));
}

TEST(FinanceReportSurplus, IncomeLessPayNonPayAndNonOperatingButNotCapital) {
  const auto report = finance_report(two_trusts(), envelopes_2024(), kMay);
  // RAA: 200,000,000 - 120,000,000 - 66,666,666 = 13,333,334 planned; 200,000,000 - 136,000,000 - 66,666,667.
  EXPECT_EQ(report.organisations[0].surplus,
            (Position{13'333'334, -2'666'667, -16'000'001, 80'000'004, 44'000'003, -36'000'001}));
  // RBB plans a deficit: 100,000,020 - 90,000,000 - 20,000,000 = (9,999,980).
  EXPECT_EQ(report.organisations[1].surplus,
            (Position{-9'999'980, -3'999'970, 6'000'010, -59'999'880, -33'999'870, 26'000'010}));
}

TEST(FinanceReportSystem, TheSumOfItsOrganisationsExactly) {
  const auto ledger = two_trusts();
  const auto report = finance_report(ledger, envelopes_2024(), kMay);
  EXPECT_EQ(report.system.org_code, "");
  EXPECT_EQ(report.system.surplus, (Position{3'333'354, -6'666'637, -9'999'991, 20'000'124, 10'000'133, -9'999'991}));
  EXPECT_EQ(report.system.lines.at(L::Income),
            (Position{300'000'020, 300'000'030, 10, 1'800'000'120, 1'800'000'130, 10}));
  EXPECT_EQ(report.system.lines.at(L::Pay),
            (Position{210'000'000, 226'000'000, -16'000'000, 1'260'000'000, 1'296'000'000, -36'000'000}));
  EXPECT_EQ(report.system.lines.at(L::NonPay), report.organisations[0].lines.at(L::NonPay));
  EXPECT_EQ(report.system.lines.at(L::NonOperating), report.organisations[1].lines.at(L::NonOperating));
  EXPECT_EQ(report.system.lines.at(L::Capital), report.organisations[0].lines.at(L::Capital));
  // The same figures straight from every row: nothing lost in the roll-up.
  EXPECT_EQ(report.system.surplus, surplus_position(ledger, kMay));
  EXPECT_EQ(report.financial_year_start, 2024);
  EXPECT_EQ(report.month, kMay);
}

TEST(FinanceReportSystem, TenthsAndThirdsOfAPoundAddUpAcrossManyOrganisations) {
  // 30 organisations x 12 months of 10p income (0.1, which no double holds exactly) and £333,333.33 pay
  // (a third of a million, less a third of a penny).
  std::vector<LedgerEntry> ledger;
  for (int i = 0; i < 30; ++i) {
    const std::string org = std::string("R") + std::to_string(100 + i);
    add_year(ledger, org, L::Income, 10, std::vector<Pence>(6, 10), 7, 33);
    add_year(ledger, org, L::Pay, 33'333'333, std::vector<Pence>(6, 33'333'333));
  }
  const auto report = finance_report(ledger, {}, Month{2024, 9});
  // Income: 30 x 6 x 10 to date; 30 x (6 x 10 + 6 x 33) forecast = 30 x 258.
  EXPECT_EQ(report.system.lines.at(L::Income), (Position{1'800, 1'800, 0, 3'600, 7'740, 4'140}));
  EXPECT_EQ(report.system.lines.at(L::Pay),
            (Position{5'999'999'940, 5'999'999'940, 0, 11'999'999'880, 11'999'999'880, 0}));
  EXPECT_EQ(report.system.surplus.fot_forecast, 7'740 - 11'999'999'880);
  Pence sum_of_organisations = 0;
  for (const auto& org : report.organisations) sum_of_organisations += org.surplus.fot_forecast;
  EXPECT_EQ(report.system.surplus.fot_forecast, sum_of_organisations);
  EXPECT_FALSE(report.revenue);
  EXPECT_FALSE(report.capital);
}

TEST(FinanceReportEnvelope, RevenueHeadroomAndCapitalExcess) {
  const auto report = finance_report(two_trusts(), envelopes_2024(), kMay);
  ASSERT_TRUE(report.revenue);
  EXPECT_EQ(report.revenue->kind, EnvelopeKind::Revenue);
  EXPECT_EQ(report.revenue->envelope, 1'800'000'000);  // the 2023/24 envelope is ignored
  // Pay 226,000,000 + non-pay 66,666,667 + non-operating 14,000,000 to date.
  EXPECT_EQ(report.revenue->ytd_actual, 306'666'667);
  // Pay 1,296,000,000 + non-pay 399,999,997 + non-operating 94,000,000.
  EXPECT_EQ(report.revenue->forecast, 1'789'999'997);
  EXPECT_EQ(report.revenue->headroom, 10'000'003);
  ASSERT_TRUE(report.capital);
  EXPECT_EQ(report.capital->kind, EnvelopeKind::Capital);
  EXPECT_EQ(report.capital->ytd_actual, 10'000'000);
  EXPECT_EQ(report.capital->forecast, 75'000'000);
  EXPECT_EQ(report.capital->headroom, -5'000'000);  // an excess, printed (0.1)
}

TEST(FinanceReportEnvelope, AbsentWhenNoneIsHeldForTheYear) {
  const auto report = finance_report(two_trusts(), {{2025, EnvelopeKind::Revenue, 5}}, kMay);
  EXPECT_FALSE(report.revenue);
  EXPECT_FALSE(report.capital);
}

TEST(FinanceReportLinePosition, ForecastOutturnTakesActualsToDateThenForecastsThenPlan) {
  std::vector<LedgerEntry> rows;
  add_year(rows, "RAA", L::NonPay, 1'000, {900, 1'100, 1'000, 50'000});  // July's actual is after the report month
  row_at(rows, "RAA", Month{2024, 7}, L::NonPay).forecast = 1'200;
  row_at(rows, "RAA", Month{2025, 2}, L::NonPay).forecast = 0;  // a forecast of nothing is still a forecast
  // To June: 3,000 planned, 3,000 spent. Outturn: 3,000 + 1,200 (Jul) + 0 (Feb) + 7 x 1,000 (the plan for
  // Aug..Jan and Mar) = 11,200, an underspend of 800.
  EXPECT_EQ(line_position(rows, L::NonPay, kJune), (Position{3'000, 3'000, 0, 12'000, 11'200, 800}));
  // The rows of other lines do not count.
  EXPECT_EQ(line_position(rows, L::Pay, kJune), (Position{}));
}

TEST(FinanceReportLinePosition, MarchBelongsToTheYearThatBeganTheAprilBefore) {
  std::vector<LedgerEntry> rows = {
      {"RAA", Month{2024, 3}, L::Income, 7, 7, std::nullopt},        // 2023/24
      {"RAA", Month{2024, 4}, L::Income, 100, 110, std::nullopt},    // 2024/25 M01
      {"RAA", Month{2025, 3}, L::Income, 200, 190, std::nullopt},    // 2024/25 M12
      {"RAA", Month{2025, 4}, L::Income, 1'000, 1'000, std::nullopt}, // 2025/26
  };
  const Month march_2025{2025, 3};
  EXPECT_EQ(march_2025.financial_month(), 12);
  EXPECT_EQ(line_position(rows, L::Income, march_2025), (Position{300, 300, 0, 300, 300, 0}));
  EXPECT_EQ(line_position(rows, L::Income, Month{2024, 3}), (Position{7, 7, 0, 7, 7, 0}));
  // In April 2024 the March 2025 row is still to come: its plan stands in for the missing forecast.
  EXPECT_EQ(line_position(rows, L::Income, kApril), (Position{100, 110, 10, 300, 310, 10}));
  const auto report = finance_report(rows, {}, march_2025);
  EXPECT_EQ(report.financial_year_start, 2024);
  EXPECT_EQ(report.system.surplus, (Position{300, 300, 0, 300, 300, 0}));
}

TEST(FinanceReportMissingActuals, ListedAndCountedAsZero) {
  std::vector<LedgerEntry> ledger;
  add_year(ledger, "RCC", L::Income, 500, {500, 500, 500});
  add_year(ledger, "RCC", L::Pay, 300, {300, 300, 300});
  row_at(ledger, "RCC", kMay, L::Income).actual.reset();
  ledger.erase(ledger.begin() + 12 + 2);  // RCC's June pay row is missing altogether
  add_year(ledger, "RDD", L::Income, 100, {100, 100, 100});
  row_at(ledger, "RDD", kApril, L::Income).actual.reset();

  const auto report = finance_report(ledger, {}, kJune);
  const auto& rcc = report.organisations[0];
  EXPECT_EQ(rcc.missing_actuals, (std::vector<Month>{kMay, kJune}));
  EXPECT_EQ(rcc.lines.at(L::Income).ytd_actual, 1'000);  // May counts as zero
  EXPECT_EQ(rcc.lines.at(L::Pay), (Position{600, 600, 0, 3'300, 3'300, 0}));
  EXPECT_EQ(report.organisations[1].missing_actuals, (std::vector<Month>{kApril}));
  EXPECT_EQ(report.system.missing_actuals, (std::vector<Month>{kApril, kMay, kJune}));
  // Months after the report month are not yet due.
  EXPECT_TRUE(finance_report(ledger, {}, kApril).organisations[0].missing_actuals.empty());
}

TEST(FinanceReportTrend, ComparedAsPrintedToATenthOfAMillion) {
  auto variance = [](Pence fot_variance) {
    Position p;
    p.fot_variance = fot_variance;
    return p;
  };
  EXPECT_EQ(trend_between(variance(10'000'000), variance(20'000'000)), Trend::Improving);  // 0.1 -> 0.2
  EXPECT_EQ(trend_between(variance(20'000'000), variance(10'000'000)), Trend::Worsening);
  EXPECT_EQ(trend_between(variance(-10'000'000), variance(-20'000'000)), Trend::Worsening);  // (0.1) -> (0.2)
  EXPECT_EQ(trend_between(variance(7), variance(7)), Trend::Unchanged);
  // A change of £40,000 (under £0.05m) that prints 0.0 both months.
  EXPECT_EQ(trend_between(variance(0), variance(4'000'000)), Trend::Unchanged);
  EXPECT_EQ(trend_between(variance(-1'000'000), variance(-4'999'999)), Trend::Unchanged);
  // A penny across the rounding boundary moves the printed figure, so the arrow moves with it.
  EXPECT_EQ(trend_between(variance(4'999'999), variance(5'000'000)), Trend::Improving);    // 0.0 -> 0.1
  EXPECT_EQ(trend_between(variance(-4'999'999), variance(-5'000'000)), Trend::Worsening);  // 0.0 -> (0.1)
  // Nearly £0.1m of change inside one printed figure reads as unchanged.
  EXPECT_EQ(trend_between(variance(5'000'000), variance(14'999'999)), Trend::Unchanged);
}

TEST(FinanceReportTrend, FromLastMonthsForecastOutturnVariance) {
  const auto report = finance_report(two_trusts(), envelopes_2024(), kMay);
  // RAA in April: (0.2) = -20,999,967; in May (0.4) = -36,000,001.
  std::vector<LedgerEntry> raa_rows;
  for (const auto& e : two_trusts())
    if (e.org_code == "RAA") raa_rows.push_back(e);
  EXPECT_EQ(surplus_position(raa_rows, kApril).fot_variance, -20'999'967);
  EXPECT_EQ(report.organisations[0].trend, Trend::Worsening);
  // RBB: 0.2 (20,000,000) in April, 0.3 (26,000,010) in May.
  EXPECT_EQ(report.organisations[1].trend, Trend::Improving);
  // The system: 0.0 (-999,967) in April, (0.1) (-9,999,991) in May.
  EXPECT_EQ(report.system.trend, Trend::Worsening);
}

TEST(FinanceReportTrend, NotAvailableInAprilOrWhenLastMonthWasNotReported) {
  EXPECT_EQ(finance_report(two_trusts(), {}, kApril).organisations[0].trend, Trend::NotAvailable);
  EXPECT_EQ(finance_report(two_trusts(), {}, kApril).system.trend, Trend::NotAvailable);
  auto ledger = two_trusts();
  for (auto& e : ledger)
    if (e.org_code == "RBB" && e.month == kApril) e.actual.reset();
  const auto report = finance_report(ledger, {}, kMay);
  EXPECT_EQ(report.organisations[0].trend, Trend::Worsening);
  EXPECT_EQ(report.organisations[1].trend, Trend::NotAvailable);
  // June: May's returns are in for both, so June has a trend even though April's are not.
  EXPECT_NE(finance_report(ledger, {}, kJune).organisations[1].trend, Trend::NotAvailable);
}

TEST(FinanceReportTrend, ArrowsAndWords) {
  EXPECT_EQ(trend_arrow(Trend::Improving), "↑");
  EXPECT_EQ(trend_arrow(Trend::Worsening), "↓");
  EXPECT_EQ(trend_arrow(Trend::Unchanged), "→");
  EXPECT_EQ(trend_arrow(Trend::NotAvailable), "");
  EXPECT_EQ(trend_words(Trend::Improving), "Improving");
  EXPECT_EQ(trend_words(Trend::Worsening), "Worsening");
  EXPECT_EQ(trend_words(Trend::Unchanged), "Unchanged");
  EXPECT_EQ(trend_words(Trend::NotAvailable), "Not available");
}

}  // namespace
}  // namespace ics::finance
