#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "demo/demo_finance.h"
#include "finance/activity_report.h"
#include "finance/finance_report.h"
#include "store/store.h"

namespace ics {
namespace {

const Date kToday = Date::from_ymd(2026, 3, 18);  // month 12 of 2025/26: April to February have closed
constexpr uint32_t kSeed = 20260401;

const demo::DemoFinance& standard_demo() {
  static const demo::DemoFinance demo = demo::build_demo_finance(kToday, kSeed);
  return demo;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::vector<LedgerEntry> year_of(const std::vector<LedgerEntry>& ledger, int financial_year_start) {
  std::vector<LedgerEntry> out;
  for (const auto& e : ledger)
    if (e.month.financial_year_start() == financial_year_start) out.push_back(e);
  return out;
}

TEST(DemoFinance, TheSameSeedGivesTheSameRecords) {
  const auto a = demo::build_demo_finance(kToday, 7);
  const auto b = demo::build_demo_finance(kToday, 7);
  const auto c = demo::build_demo_finance(kToday, 8);
  EXPECT_EQ(a.ledger, b.ledger);
  EXPECT_EQ(a.envelopes, b.envelopes);
  EXPECT_EQ(a.activity, b.activity);
  EXPECT_EQ(a.workforce, b.workforce);
  EXPECT_NE(a.ledger, c.ledger);
  EXPECT_EQ(a.envelopes, c.envelopes) << "envelopes follow the plans, not the seed";
}

// Also on the first day of a financial year (nothing of it has closed) and on its last.
TEST(DemoFinance, EveryRecordPassesTheChecks) {
  for (Date today : {kToday, Date::from_ymd(2026, 4, 1), Date::from_ymd(2027, 3, 31), Date::from_ymd(2026, 11, 23)})
    for (uint32_t seed : {1u, kSeed}) {
      SCOPED_TRACE(today.to_string() + " seed " + std::to_string(seed));
      const auto demo = demo::build_demo_finance(today, seed);
      EXPECT_EQ(joined(demo::demo_finance_problems(demo, today)), "");
      EXPECT_EQ(demo.ledger.size(), 6u * 24 * 5);
    }
}

TEST(DemoFinance, ActualsOnlyForClosedMonthsAndForecastsForTheRest) {
  const auto& demo = standard_demo();
  std::set<std::string> orgs;
  for (const auto& e : demo.ledger) {
    orgs.insert(e.org_code);
    EXPECT_GE(e.month, (Month{2024, 4}));
    EXPECT_LE(e.month, (Month{2026, 3}));
    const bool closed = e.month <= Month{2026, 2};
    EXPECT_EQ(e.actual.has_value(), closed) << e.org_code << " " << e.month.to_string();
    EXPECT_EQ(e.forecast.has_value(), !closed) << e.org_code << " " << e.month.to_string();
    if (e.forecast) {
      EXPECT_EQ(*e.forecast % 100'000, 0) << "forecasts are set to the £000";
    }
  }
  EXPECT_EQ(orgs, (std::set<std::string>{"QT1", "RHA", "RK5", "RP5", "RX1", "RX9"}));
  const Month last_closed{2026, 2};
  for (const auto& e : demo.activity) EXPECT_EQ(e.actual.has_value(), e.month <= last_closed);
  for (const auto& e : demo.workforce) EXPECT_EQ(e.actual.has_value(), e.month <= last_closed);

  const auto april = demo::build_demo_finance(Date::from_ymd(2026, 4, 1), kSeed);
  for (const auto& e : april.ledger) EXPECT_EQ(e.actual.has_value(), e.month.financial_year_start() == 2025);
}

TEST(DemoFinance, MonthlyPlansAddUpToTheAnnualPlanToThePenny) {
  // NUH's income is the sum of its planned spending (it plans to break even): £879.3m + £489.7m + £43.6m.
  const auto nuh = demo::demo_annual_plan("RX1", false);
  EXPECT_EQ(nuh.income, 141'260'000'000);
  EXPECT_EQ(nuh.planned_surplus, 0);
  EXPECT_EQ(demo::demo_annual_plan("RP5", false).planned_surplus, -1'400'000'000);  // a planned deficit of £14.0m
  EXPECT_EQ(demo::demo_annual_plan("RP5", true).planned_surplus, -1'800'000'000);
  EXPECT_THROW(demo::demo_annual_plan("RXX", false), std::invalid_argument);

  // NUH's pay, £879.3m, is £73,275,000.00 a month; non-operating, £43.6m, is 363,333,333p a month with the
  // 4p left over in March. Income is phased with spending, so each month plans to break even.
  std::map<std::pair<Month, FinanceLine>, Pence> monthly;
  for (const auto& e : standard_demo().ledger)
    if (e.org_code == "RX1") monthly[{e.month, e.line}] = e.plan;
  for (Month m : {Month{2025, 4}, Month{2025, 11}, Month{2026, 3}}) {
    SCOPED_TRACE(m.to_string());
    EXPECT_EQ((monthly[{m, FinanceLine::Pay}]), 7'327'500'000);
    EXPECT_EQ((monthly[{m, FinanceLine::NonOperating}]), (m == Month{2026, 3}) ? 363'333'337 : 363'333'333);
    const Pence spending =
        monthly[{m, FinanceLine::Pay}] + monthly[{m, FinanceLine::NonPay}] + monthly[{m, FinanceLine::NonOperating}];
    EXPECT_EQ((monthly[{m, FinanceLine::Income}]), spending);
  }
  EXPECT_GT((monthly[{Month{2026, 1}, FinanceLine::NonPay}]), (monthly[{Month{2025, 4}, FinanceLine::NonPay}]))
      << "non-pay is planned higher in winter";

  std::map<std::tuple<std::string, int, FinanceLine>, Pence> sums;
  for (const auto& e : standard_demo().ledger) sums[{e.org_code, e.month.financial_year_start(), e.line}] += e.plan;
  for (const auto& org : demo::demo_finance_organisations())
    for (int year : {2024, 2025}) {
      SCOPED_TRACE(org + " " + std::to_string(year));
      const auto plan = demo::demo_annual_plan(org, year == 2024);
      EXPECT_EQ((sums[{org, year, FinanceLine::Income}]), plan.income);
      EXPECT_EQ((sums[{org, year, FinanceLine::Pay}]), plan.pay);
      EXPECT_EQ((sums[{org, year, FinanceLine::NonPay}]), plan.non_pay);
      EXPECT_EQ((sums[{org, year, FinanceLine::NonOperating}]), plan.non_operating);
      EXPECT_EQ((sums[{org, year, FinanceLine::Capital}]), plan.capital);
      EXPECT_EQ(plan.income - plan.pay - plan.non_pay - plan.non_operating, plan.planned_surplus);
    }
}

TEST(DemoFinance, EnvelopesCoverThePlannedSpending) {
  const auto& envelopes = standard_demo().envelopes;
  ASSERT_EQ(envelopes.size(), 4u);
  // 2025/26 revenue: £3,312.4m + £648.3m + £556.8m + £612.9m + £1,412.6m + £402.5m of planned spending.
  EXPECT_EQ(envelopes[2], (Envelope{2025, EnvelopeKind::Revenue, 694'550'000'000}));
  // Capital: £6.5m + £19.8m + £24.5m + £28.4m + £62.0m + £16.2m.
  EXPECT_EQ(envelopes[3], (Envelope{2025, EnvelopeKind::Capital, 15'740'000'000}));
  EXPECT_EQ(envelopes[0].financial_year_start, 2024);
}

TEST(DemoFinance, TwoTrustsOverspendAndNottinghamshireHealthcareImproves) {
  for (uint32_t seed : {1u, kSeed}) {
    SCOPED_TRACE(seed);
    const auto demo = demo::build_demo_finance(kToday, seed);
    const auto year = year_of(demo.ledger, 2025);
    const auto report = finance::finance_report(year, demo.envelopes, Month{2026, 2});
    std::map<std::string, const finance::OrganisationFinance*> by_org;
    for (const auto& o : report.organisations) by_org[o.org_code] = &o;
    ASSERT_EQ(by_org.size(), 6u);
    EXPECT_LT(by_org["RX1"]->surplus.ytd_variance, -5'00'000'000) << "NUH over £5m adverse";
    EXPECT_LT(by_org["RP5"]->surplus.ytd_variance, -1'00'000'000) << "Doncaster and Bassetlaw over £1m adverse";
    EXPECT_LT(by_org["RX1"]->surplus.fot_variance, 0);
    EXPECT_GT(by_org["RK5"]->surplus.ytd_variance, 0);
    EXPECT_EQ(by_org["RHA"]->trend, finance::Trend::Improving);
    EXPECT_EQ(by_org["RX1"]->trend, finance::Trend::Worsening);
    EXPECT_TRUE(by_org["RX1"]->missing_actuals.empty());
    ASSERT_TRUE(report.revenue && report.capital);
    EXPECT_LT(report.revenue->headroom, 0) << "the system forecasts to spend beyond its revenue envelope";

    // Nottinghamshire Healthcare's bottom line against plan gets better every month.
    std::map<Month, Pence> variance;
    for (const auto& e : year) {
      if (e.org_code != "RHA" || !e.actual || e.line == FinanceLine::Capital) continue;
      const Pence favourable = *e.actual - e.plan;
      variance[e.month] += e.line == FinanceLine::Income ? favourable : -favourable;
    }
    ASSERT_EQ(variance.size(), 11u);
    for (auto it = std::next(variance.begin()); it != variance.end(); ++it)
      EXPECT_GT(it->second, std::prev(it)->second) << it->first.to_string();
    EXPECT_LT(variance.begin()->second, 0);
    EXPECT_GT(variance.rbegin()->second, 0);
  }
}

TEST(DemoFinance, ActivityForTheTrustsGrowsOnLastYear) {
  const auto& activity = standard_demo().activity;
  std::map<std::string, std::set<ActivityPod>> pods;
  for (const auto& e : activity) pods[e.org_code].insert(e.pod);
  EXPECT_EQ(pods.size(), 4u) << "the ambulance trust has no activity plan";
  EXPECT_EQ(pods["RX1"].size(), 7u);
  EXPECT_EQ(pods["RHA"], (std::set<ActivityPod>{ActivityPod::OutpatientFirst, ActivityPod::OutpatientFollowUp}));
  EXPECT_EQ(activity.size(), (3u * 7 + 2) * 24);

  const auto rows = finance::activity_report(activity, Month{2026, 2});
  int system_rows = 0;
  for (const auto& row : rows) {
    if (!row.org_code.empty()) continue;
    ++system_rows;
    ASSERT_TRUE(row.year_on_year_percent) << enum_name(row.pod);
    EXPECT_GT(*row.year_on_year_percent, 1.0) << enum_name(row.pod);
    EXPECT_LT(*row.year_on_year_percent, 12.0) << enum_name(row.pod);
  }
  EXPECT_EQ(system_rows, 7);
}

TEST(DemoFinance, WorkforceHasPlansActualsAndFallingAgencyUseAtNottinghamshireHealthcare) {
  const auto& workforce = standard_demo().workforce;
  EXPECT_EQ(workforce.size(), 5u * 24 * 5);
  std::vector<double> rha_agency;
  for (const auto& e : workforce) {
    if (e.org_code == "RX9" && e.measure == WorkforceMeasure::VacancyRate) {
      EXPECT_FALSE(e.plan) << "the ambulance trust's return has no vacancy plan";
    } else {
      EXPECT_TRUE(e.plan);
    }
    if (e.org_code == "RHA" && e.measure == WorkforceMeasure::AgencyWte && e.actual && e.month >= Month{2025, 4})
      rha_agency.push_back(*e.actual);
    if (e.measure == WorkforceMeasure::SicknessRate && e.actual) {
      EXPECT_GT(*e.actual, 3.0);
      EXPECT_LT(*e.actual, 7.0);
    }
  }
  ASSERT_EQ(rha_agency.size(), 11u);
  for (size_t i = 1; i < rha_agency.size(); ++i) EXPECT_LT(rha_agency[i], rha_agency[i - 1]) << i;
}

TEST(DemoFinance, LoadsIntoAStoreInOneGo) {
  auto store = Store::open(":memory:");
  demo::load_demo_finance(*store, standard_demo(), kToday);
  FinanceStore& f = store->finance();
  EXPECT_EQ(f.ledger_years(), (std::vector<int>{2025, 2024}));
  EXPECT_EQ(f.ledger(2025), year_of(standard_demo().ledger, 2025));
  EXPECT_EQ(f.latest_actual_month(2025), (Month{2026, 2}));
  EXPECT_EQ(f.envelopes(2025).size(), 2u);
  EXPECT_EQ(f.activity({2024, 4}, {2026, 3}).size(), standard_demo().activity.size());
  EXPECT_EQ(f.workforce({2024, 4}, {2026, 3}).size(), standard_demo().workforce.size());

  auto bad = standard_demo();
  bad.ledger.push_back(bad.ledger.front());
  bad.activity.back().actual = 5;  // March 2026 has not closed
  auto empty = Store::open(":memory:");
  EXPECT_EQ(demo::demo_finance_problems(bad, kToday).size(), 2u) << joined(demo::demo_finance_problems(bad, kToday));
  EXPECT_THROW(demo::load_demo_finance(*empty, bad, kToday), std::runtime_error);
  EXPECT_TRUE(empty->finance().ledger_years().empty());
}

}  // namespace
}  // namespace ics
