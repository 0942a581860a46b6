// The demo ICS's finance ledger and envelopes, and the assembly of its finance records.
#include "demo/demo_finance.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>

#include "demo/demo_finance_parts.h"
#include "demo/demo_organisations.h"
#include "store/store.h"

namespace ics::demo {
namespace {

constexpr Pence kThousand = 100'000;       // £1,000 in pence: plans and forecasts are set to the £000
constexpr Pence kTenthMillion = 10'000'000;  // £0.1m: envelopes are set to it

// This year's annual plan in £000; income is whatever balances the lines to the planned surplus.
struct OrgPlan {
  const char* code;
  long long pay, non_pay, non_operating, capital, surplus, previous_surplus;
};

// Ordered by code. Scale: NUH's income is about £1.4bn a year, the ICB's allocation about £3.3bn.
constexpr OrgPlan kPlans[] = {
    {kIcbCode, 46'800, 3'251'600, 14'000, 6'500, 0, 0},
    {"RHA", 452'100, 178'600, 17'600, 19'800, 0, 0},
    {"RK5", 356'400, 181'200, 19'200, 24'500, 0, 0},
    {"RP5", 398'600, 198'700, 15'600, 28'400, -14'000, -18'000},
    {"RX1", 879'300, 489'700, 43'600, 62'000, 0, 0},
    {"RX9", 287'900, 104'300, 10'300, 16'200, 0, 0},
};

// How far actuals (or forecasts) run from plan, in basis points of the plan: positive is more than plan
// (more income, or more spending). Capital runs behind plan early in the year and catches up.
struct Drift {
  int income, pay, non_pay, non_operating, capital;
};
struct OrgDrift {
  const char* code;
  Drift actual, forecast, previous_year;
};
constexpr OrgDrift kDrifts[] = {
    {kIcbCode, {0, -400, 5, 0, -3000}, {0, -400, 5, 0, 1000}, {0, -300, 10, 0, -500}},
    {"RHA", {10, 0, 0, 0, -2500}, {0, -30, -50, 0, 1000}, {0, 120, 250, 0, -500}},  // see improving_bp
    {"RK5", {20, -20, 10, 0, -1000}, {0, -20, 0, 0, 500}, {10, -30, 0, 0, -500}},
    {"RP5", {0, 100, 60, 0, -1500}, {0, 80, 40, 0, 1000}, {0, 60, 40, 0, -500}},
    {"RX1", {30, 150, 80, 0, -2000}, {20, 90, 50, 0, 1500}, {20, 90, 40, 0, -500}},
    {"RX9", {40, 30, -20, 0, -500}, {0, 0, 0, 0, 300}, {30, 20, 0, 0, -500}},
};

constexpr FinanceLine kLines[] = {FinanceLine::Income, FinanceLine::Pay, FinanceLine::NonPay,
                                  FinanceLine::NonOperating, FinanceLine::Capital};

const OrgPlan& plan_of(const std::string& code) {
  for (const auto& p : kPlans)
    if (code == p.code) return p;
  throw std::invalid_argument("demo finance: no plan for " + code);
}

int drift_on(const Drift& d, FinanceLine line) {
  switch (line) {
    case FinanceLine::Income: return d.income;
    case FinanceLine::Pay: return d.pay;
    case FinanceLine::NonPay: return d.non_pay;
    case FinanceLine::NonOperating: return d.non_operating;
    case FinanceLine::Capital: return d.capital;
  }
  return 0;
}

// Nottinghamshire Healthcare's recovery: its pay and out-of-area (non-pay) overspends shrink every month
// and turn to underspends by the autumn.
int improving_bp(FinanceLine line, int financial_month) {
  if (line == FinanceLine::Pay) return 220 - 40 * (financial_month - 1);
  if (line == FinanceLine::NonPay) return 300 - 60 * (financial_month - 1);
  return 0;
}

int drift_bp(const std::string& org, FinanceLine line, int financial_month, bool previous_year, bool closed) {
  for (const auto& d : kDrifts) {
    if (org != d.code) continue;
    if (previous_year)  // the year-end push on capital
      return line == FinanceLine::Capital && financial_month == 12 ? 3000 : drift_on(d.previous_year, line);
    if (!closed) return drift_on(d.forecast, line);
    if (org == "RHA" && (line == FinanceLine::Pay || line == FinanceLine::NonPay))
      return improving_bp(line, financial_month);
    return drift_on(d.actual, line);
  }
  return 0;
}

Pence line_plan(const AnnualPlan& plan, FinanceLine line) {
  switch (line) {
    case FinanceLine::Income: return plan.income;
    case FinanceLine::Pay: return plan.pay;
    case FinanceLine::NonPay: return plan.non_pay;
    case FinanceLine::NonOperating: return plan.non_operating;
    case FinanceLine::Capital: return plan.capital;
  }
  return 0;
}

// Splits an annual amount over April..March by weight, whole pence, the remainder in March, so the twelve
// months add up to the year exactly.
std::array<Pence, 12> spread(Pence total, const std::array<int, 12>& weights) {
  int weight_sum = 0;
  for (int w : weights) weight_sum += w;
  std::array<Pence, 12> out{};
  Pence given = 0;
  for (size_t m = 0; m < 12; ++m) {
    out[m] = total / weight_sum * weights[m] + total % weight_sum * weights[m] / weight_sum;
    given += out[m];
  }
  out[11] += total - given;
  return out;
}

const std::array<int, 12>& weights_for(FinanceLine line) {
  static const std::array<int, 12> flat{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  static const std::array<int, 12> winter{100, 100, 100, 100, 100, 100, 102, 104, 106, 104, 100, 98};
  static const std::array<int, 12> capital{4, 5, 6, 6, 7, 8, 8, 9, 9, 10, 12, 16};  // back-loaded
  if (line == FinanceLine::NonPay) return winter;
  if (line == FinanceLine::Capital) return capital;
  return flat;
}

std::vector<LedgerEntry> demo_ledger(Date today, DemoRandom& random) {
  const auto months = detail::demo_finance_months(today);
  std::vector<LedgerEntry> out;
  for (const auto& org : kPlans) {
    for (bool previous_year : {true, false}) {
      const AnnualPlan plan = demo_annual_plan(org.code, previous_year);
      std::map<FinanceLine, std::array<Pence, 12>> monthly;
      for (FinanceLine line : kLines)
        if (line != FinanceLine::Income) monthly[line] = spread(line_plan(plan, line), weights_for(line));
      // Income is phased with spending, so each month plans the year's surplus in equal twelfths.
      const auto surplus = spread(plan.planned_surplus, weights_for(FinanceLine::Income));
      for (size_t m = 0; m < 12; ++m)
        monthly[FinanceLine::Income][m] = monthly[FinanceLine::Pay][m] + monthly[FinanceLine::NonPay][m] +
                                          monthly[FinanceLine::NonOperating][m] + surplus[m];
      for (size_t i = 0; i < 12; ++i) {
        const Month month = months[previous_year ? i : i + 12];
        const bool closed = detail::month_closed(month, today);
        for (FinanceLine line : kLines) {
          LedgerEntry e{org.code, month, line, monthly[line][i], std::nullopt, std::nullopt};
          const Pence drifted = e.plan + e.plan * drift_bp(org.code, line, month.financial_month(), previous_year,
                                                           closed) / 10'000;
          if (closed) {
            const int spread_pence = static_cast<int>(e.plan / 4'000);  // within 0.025% of plan
            e.actual = drifted + random.between(-spread_pence, spread_pence);
          } else {
            e.forecast = round_to(drifted, kThousand);
          }
          out.push_back(e);
        }
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
    return std::tie(a.org_code, a.month, a.line) < std::tie(b.org_code, b.month, b.line);
  });
  return out;
}

Pence round_up(Pence value, Pence unit) { return (value + unit - 1) / unit * unit; }

// The envelopes the system was given: room for the organisations' planned spending, to the £0.1m above.
std::vector<Envelope> demo_envelopes(Date today) {
  std::vector<Envelope> out;
  const int current = Month::of(today).financial_year_start();
  for (bool previous_year : {true, false}) {
    Pence revenue = 0, capital = 0;
    for (const auto& org : kPlans) {
      const AnnualPlan plan = demo_annual_plan(org.code, previous_year);
      revenue += plan.pay + plan.non_pay + plan.non_operating;
      capital += plan.capital;
    }
    const int year = previous_year ? current - 1 : current;
    out.push_back({year, EnvelopeKind::Revenue, round_up(revenue, kTenthMillion)});
    out.push_back({year, EnvelopeKind::Capital, round_up(capital, kTenthMillion)});
  }
  return out;
}

uint32_t stream(uint32_t seed, uint32_t part) { return seed ^ (part * 0xc2b2ae35u); }

}  // namespace

namespace detail {

std::vector<Month> demo_finance_months(Date today) {
  Month m{Month::of(today).financial_year_start() - 1, 4};
  std::vector<Month> out;
  for (int i = 0; i < 24; ++i, m = m.next()) out.push_back(m);
  return out;
}

}  // namespace detail

std::vector<std::string> demo_finance_organisations() {
  std::vector<std::string> out;
  for (const auto& p : kPlans) out.emplace_back(p.code);
  return out;
}

AnnualPlan demo_annual_plan(const std::string& org_code, bool previous_year) {
  const OrgPlan& p = plan_of(org_code);
  // Last year's plans: pay about 4.5% and non-pay 3.5% lower (pay awards, inflation), capital 10% lower.
  const auto scaled = [&](long long thousands, long long per_mille) {
    return previous_year ? (thousands * per_mille + 500) / 1000 * kThousand : thousands * kThousand;
  };
  AnnualPlan plan;
  plan.pay = scaled(p.pay, 955);
  plan.non_pay = scaled(p.non_pay, 965);
  plan.non_operating = scaled(p.non_operating, 1000);
  plan.capital = scaled(p.capital, 900);
  plan.planned_surplus = (previous_year ? p.previous_surplus : p.surplus) * kThousand;
  plan.income = plan.pay + plan.non_pay + plan.non_operating + plan.planned_surplus;
  return plan;
}

DemoFinance build_demo_finance(Date today, uint32_t seed) {
  DemoFinance demo;
  DemoRandom ledger_random(stream(seed, 1)), activity_random(stream(seed, 2)), workforce_random(stream(seed, 3));
  demo.ledger = demo_ledger(today, ledger_random);
  demo.envelopes = demo_envelopes(today);
  demo.activity = detail::demo_activity(today, activity_random);
  demo.workforce = detail::demo_workforce(today, workforce_random);
  return demo;
}

std::vector<std::string> demo_finance_problems(const DemoFinance& demo, Date today) {
  std::vector<std::string> problems;
  const auto check_closed = [&](const std::string& what, Month month, bool has_actual) {
    if (has_actual != detail::month_closed(month, today))
      problems.push_back(what + (has_actual ? ": an actual for an open month" : ": no actual for a closed month"));
  };
  std::set<std::tuple<std::string, Month, int>> keys;
  for (const auto& e : demo.ledger) {
    const std::string what =
        std::string("ledger ") + e.org_code + " " + e.month.to_string() + " " + std::string(enum_name(e.line));
    if (!keys.insert({e.org_code, e.month, static_cast<int>(e.line)}).second) problems.push_back(what + ": twice");
    check_closed(what, e.month, e.actual.has_value());
    if (e.forecast.has_value() == e.actual.has_value()) problems.push_back(what + ": needs an actual or a forecast");
    if (e.plan < 0 || e.actual.value_or(0) < 0 || e.forecast.value_or(0) < 0)
      problems.push_back(what + ": negative");
  }
  std::set<std::pair<int, EnvelopeKind>> envelopes;
  for (const auto& e : demo.envelopes)
    if (!envelopes.insert({e.financial_year_start, e.kind}).second || e.amount <= 0)
      problems.push_back(std::string("envelope ") + std::to_string(e.financial_year_start) + ": twice or not positive");
  keys.clear();
  for (const auto& e : demo.activity) {
    const std::string what =
        std::string("activity ") + e.org_code + " " + e.month.to_string() + " " + std::string(enum_name(e.pod));
    if (!keys.insert({e.org_code, e.month, static_cast<int>(e.pod)}).second) problems.push_back(what + ": twice");
    check_closed(what, e.month, e.actual.has_value());
    if (e.plan < 0 || e.actual.value_or(0) < 0) problems.push_back(what + ": negative");
  }
  keys.clear();
  for (const auto& e : demo.workforce) {
    const std::string what =
        std::string("workforce ") + e.org_code + " " + e.month.to_string() + " " + std::string(enum_name(e.measure));
    if (!keys.insert({e.org_code, e.month, static_cast<int>(e.measure)}).second) problems.push_back(what + ": twice");
    check_closed(what, e.month, e.actual.has_value());
    if (e.plan.value_or(0) < 0 || e.actual.value_or(0) < 0) problems.push_back(what + ": negative");
  }
  return problems;
}

void load_demo_finance(Store& store, const DemoFinance& demo, Date today) {
  if (const auto problems = demo_finance_problems(demo, today); !problems.empty()) {
    std::string message = "demo finance records are invalid:";
    for (const auto& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  FinanceStore& f = store.finance();
  f.put_ledger(demo.ledger);
  f.put_envelopes(demo.envelopes);
  f.put_activity(demo.activity);
  f.put_workforce(demo.workforce);
}

}  // namespace ics::demo
