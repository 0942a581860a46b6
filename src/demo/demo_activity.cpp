// The demo trusts' activity (plan and actual by point of delivery) and workforce returns.
#include <cmath>
#include <string>
#include <vector>

#include "core/working_days.h"
#include "demo/demo_finance_parts.h"

namespace ics::demo::detail {
namespace {

using Pod = ActivityPod;
using W = WorkforceMeasure;

// Planned activity a working day (planned care, outpatients, diagnostics) or a calendar day (A&E and
// non-elective admissions) this year, and how far closed months ran from plan (1.00 on plan).
struct PodRate {
  ActivityPod pod;
  double per_day;
  double actual_factor;
};
struct TrustActivity {
  const char* code;
  std::vector<PodRate> pods;
};

const std::vector<TrustActivity>& trust_activity() {
  static const std::vector<TrustActivity> trusts{
      {"RHA", {{Pod::OutpatientFirst, 180, 1.03}, {Pod::OutpatientFollowUp, 650, 0.97}}},
      {"RK5",
       {{Pod::ElectiveOrdinary, 36, 1.02}, {Pod::DayCase, 180, 1.03}, {Pod::OutpatientFirst, 525, 1.00},
        {Pod::OutpatientFollowUp, 1030, 0.98}, {Pod::AandE, 235, 1.02}, {Pod::NonElective, 126, 1.01},
        {Pod::Diagnostics, 590, 1.04}}},
      {"RP5",
       {{Pod::ElectiveOrdinary, 41, 0.97}, {Pod::DayCase, 206, 0.95}, {Pod::OutpatientFirst, 600, 0.98},
        {Pod::OutpatientFollowUp, 1180, 1.00}, {Pod::AandE, 270, 1.05}, {Pod::NonElective, 144, 1.02},
        {Pod::Diagnostics, 670, 0.99}}},
      {"RX1",
       {{Pod::ElectiveOrdinary, 85, 0.96}, {Pod::DayCase, 430, 0.98}, {Pod::OutpatientFirst, 1250, 1.01},
        {Pod::OutpatientFollowUp, 2450, 0.99}, {Pod::AandE, 560, 1.04}, {Pod::NonElective, 300, 1.03},
        {Pod::Diagnostics, 1400, 1.02}}},
  };
  return trusts;
}

constexpr double kGrowth = 1.04;  // this year's plans over last year's

bool counted_by_calendar_day(ActivityPod pod) { return pod == Pod::AandE || pod == Pod::NonElective; }

int days_counted(Month month, ActivityPod pod) {
  const Date first = month.first_day(), next = month.next().first_day();
  if (counted_by_calendar_day(pod)) return next.days - first.days;
  return working_days_between(Date{first.days - 1}, Date{next.days - 1});
}

// Emergency admissions rise in winter.
double winter_factor(Month month, ActivityPod pod) {
  if (pod != Pod::NonElective) return 1.0;
  return month.month == 12 || month.month <= 2 ? 1.06 : 1.0;
}

// A relative wobble of up to +-percent, from the seed.
double wobble(DemoRandom& random, int percent) { return 1.0 + random.between(-percent * 100, percent * 100) / 10000.0; }

double one_decimal(double x) { return std::round(x * 10) / 10; }
double two_decimals(double x) { return std::round(x * 100) / 100; }

struct TrustWorkforce {
  const char* code;
  double substantive_wte;  // this year's plan in April
  double agency_plan_share;
  bool vacancy_plan;       // the ambulance trust's return has none
};
constexpr TrustWorkforce kWorkforce[] = {
    {"RHA", 8960, 0.008, true}, {"RK5", 5420, 0.008, true}, {"RP5", 6310, 0.008, true},
    {"RX1", 16850, 0.011, true}, {"RX9", 4380, 0.008, false},
};

// Agency WTE against plan: NUH and Doncaster and Bassetlaw over, Nottinghamshire Healthcare falling
// month on month this year.
double agency_factor(const std::string& code, int financial_month, bool previous_year) {
  if (code == "RX1") return previous_year ? 1.2 : 1.35;
  if (code == "RP5") return previous_year ? 1.1 : 1.2;
  if (code == "RHA") return previous_year ? 1.5 : 1.6 - 0.08 * (financial_month - 1);
  if (code == "RK5") return 0.9;
  return 0.8;
}

double winter_sickness(Month month) {
  if (month.month == 12 || month.month == 1) return 0.9;
  if (month.month == 11 || month.month == 2) return 0.4;
  return 0.0;
}

}  // namespace

std::vector<ActivityEntry> demo_activity(Date today, DemoRandom& random) {
  const auto months = demo_finance_months(today);
  std::vector<ActivityEntry> out;
  for (const auto& trust : trust_activity())
    for (size_t i = 0; i < months.size(); ++i) {
      const Month month = months[i];
      const bool previous_year = i < 12;
      for (const auto& rate : trust.pods) {
        ActivityEntry e;
        e.org_code = trust.code;
        e.month = month;
        e.pod = rate.pod;
        const double per_day = previous_year ? rate.per_day / kGrowth : rate.per_day;
        e.plan = std::llround(per_day * days_counted(month, rate.pod) * winter_factor(month, rate.pod));
        // Last year ran two points further below plan, so this year grows on it.
        const double factor = previous_year ? rate.actual_factor - 0.02 : rate.actual_factor;
        if (month_closed(month, today))
          e.actual = std::llround(static_cast<double>(e.plan) * factor * wobble(random, 2));
        out.push_back(e);
      }
    }
  return out;
}

std::vector<WorkforceEntry> demo_workforce(Date today, DemoRandom& random) {
  const auto months = demo_finance_months(today);
  std::vector<WorkforceEntry> out;
  for (const auto& trust : kWorkforce)
    for (size_t i = 0; i < months.size(); ++i) {
      const Month month = months[i];
      const bool previous_year = i < 12;
      const bool closed = month_closed(month, today);
      const int fm = month.financial_month();
      // Establishments grow 0.1% a month through the year; last year's were 2.5% smaller.
      const double substantive_plan =
          trust.substantive_wte * (previous_year ? 0.975 : 1.0) * (1.0 + 0.001 * (fm - 1));
      const auto add = [&](WorkforceMeasure measure, std::optional<double> plan, double actual) {
        WorkforceEntry e{trust.code, month, measure, plan, std::nullopt};
        if (closed) e.actual = actual;
        out.push_back(e);
      };
      const double bank_plan = substantive_plan * 0.055;
      const double agency_plan = substantive_plan * trust.agency_plan_share;
      add(W::SubstantiveWte, one_decimal(substantive_plan),
          one_decimal(substantive_plan * 0.992 * wobble(random, 1)));
      add(W::BankWte, one_decimal(bank_plan),
          one_decimal(bank_plan * (trust.code == std::string("RX1") ? 1.15 : 1.08) * wobble(random, 3)));
      add(W::AgencyWte, one_decimal(agency_plan),
          one_decimal(agency_plan * agency_factor(trust.code, fm, previous_year) * wobble(random, 1)));
      add(W::SicknessRate, 4.8, two_decimals(4.9 + winter_sickness(month) + random.between(-15, 15) / 100.0));
      const double vacancy =
          (trust.code == std::string("RX1") ? 7.4 - 0.05 * fm : 6.0) + random.between(-20, 20) / 100.0;
      add(W::VacancyRate, trust.vacancy_plan ? std::optional<double>(6.5) : std::nullopt, two_decimals(vacancy));
    }
  return out;
}

}  // namespace ics::demo::detail
