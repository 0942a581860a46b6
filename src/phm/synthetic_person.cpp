#include "phm/synthetic_person.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "phm/synthetic_random.h"

namespace ics::phm {
namespace {

constexpr double kDaysPerYear = 365.25;

// Prevalence at the extract's end by age (linear between knots), with multipliers by sex and
// deprivation, and how long ago the condition was typically diagnosed. Figures are plausible for
// England (QOF registers), not estimates.
struct ConditionModel {
  Condition condition;
  std::array<std::array<double, 2>, 6> knots;  // (age, prevalence); unused knots repeat the last
  double female = 1.0, male = 1.0;
  double deprivation = 0.6;  // prevalence x (1 + deprivation * (d - 0.5)), d = 0 least .. 1 most deprived
  double mean_years_since_diagnosis = 8;
  int youngest_diagnosis_age = 0;
};

using C = Condition;
const std::array<ConditionModel, kLongTermConditionCount> kConditionModels{{
    {C::Hypertension, {{{0, 0}, {18, 0.01}, {40, 0.05}, {60, 0.24}, {75, 0.44}, {90, 0.54}}}, 1.0, 1.1, 0.5, 10, 18},
    {C::Depression, {{{0, 0}, {12, 0.01}, {18, 0.10}, {40, 0.15}, {60, 0.14}, {90, 0.11}}}, 1.4, 0.7, 0.7, 7, 11},
    {C::Anxiety, {{{0, 0}, {12, 0.02}, {18, 0.07}, {40, 0.08}, {60, 0.07}, {90, 0.05}}}, 1.3, 0.7, 0.5, 6, 11},
    {C::Asthma, {{{0, 0}, {3, 0.03}, {8, 0.07}, {40, 0.065}, {60, 0.07}, {90, 0.06}}}, 1.0, 1.0, 0.5, 12, 2},
    {C::Copd, {{{0, 0}, {35, 0}, {40, 0.004}, {60, 0.035}, {75, 0.07}, {90, 0.07}}}, 1.0, 1.1, 1.4, 7, 35},
    {C::Diabetes, {{{0, 0.001}, {18, 0.005}, {40, 0.04}, {60, 0.12}, {75, 0.18}, {90, 0.15}}}, 0.9, 1.2, 0.8, 9, 1},
    {C::CoronaryHeartDisease, {{{0, 0}, {35, 0}, {40, 0.005}, {60, 0.04}, {75, 0.12}, {90, 0.18}}}, 0.7, 1.4, 0.7, 9, 35},
    {C::HeartFailure, {{{0, 0}, {40, 0.001}, {60, 0.008}, {75, 0.04}, {85, 0.08}, {90, 0.10}}}, 0.9, 1.2, 0.7, 4, 30},
    {C::AtrialFibrillation, {{{0, 0}, {40, 0.002}, {60, 0.015}, {75, 0.08}, {85, 0.13}, {90, 0.15}}}, 0.8, 1.2, 0.2, 6, 30},
    {C::StrokeTia, {{{0, 0}, {40, 0.003}, {60, 0.02}, {75, 0.06}, {85, 0.09}, {90, 0.10}}}, 0.9, 1.1, 0.6, 6, 30},
    {C::ChronicKidneyDisease, {{{0, 0}, {18, 0}, {40, 0.005}, {60, 0.04}, {75, 0.15}, {90, 0.30}}}, 1.1, 0.9, 0.5, 6, 18},
    {C::Cancer, {{{0, 0.0005}, {18, 0.002}, {40, 0.01}, {60, 0.05}, {75, 0.10}, {90, 0.12}}}, 1.0, 1.0, 0.1, 5, 0},
    {C::Dementia, {{{0, 0}, {60, 0.001}, {65, 0.005}, {75, 0.03}, {85, 0.09}, {90, 0.16}}}, 1.1, 0.9, 0.3, 3, 55},
    {C::Epilepsy, {{{0, 0.002}, {18, 0.008}, {60, 0.009}, {90, 0.009}, {90, 0.009}, {90, 0.009}}}, 1.0, 1.0, 0.6, 15, 0},
    {C::Hypothyroidism, {{{0, 0}, {18, 0.005}, {40, 0.03}, {60, 0.06}, {75, 0.10}, {90, 0.10}}}, 1.7, 0.3, 0.1, 12, 10},
    {C::RheumatoidArthritis, {{{0, 0}, {18, 0.001}, {40, 0.005}, {60, 0.015}, {75, 0.025}, {90, 0.025}}}, 1.4, 0.6, 0.3, 10, 18},
    {C::Osteoporosis, {{{0, 0}, {50, 0.005}, {60, 0.02}, {75, 0.07}, {90, 0.12}, {90, 0.12}}}, 1.7, 0.3, 0.2, 6, 45},
    {C::Parkinsons, {{{0, 0}, {50, 0}, {60, 0.002}, {75, 0.01}, {90, 0.015}, {90, 0.015}}}, 0.7, 1.3, 0.1, 5, 45},
    {C::SeriousMentalIllness, {{{0, 0}, {16, 0}, {18, 0.004}, {30, 0.01}, {60, 0.013}, {90, 0.01}}}, 0.9, 1.1, 1.2, 12, 16},
    {C::LearningDisability, {{{0, 0.003}, {5, 0.005}, {60, 0.005}, {90, 0.002}, {90, 0.002}, {90, 0.002}}}, 0.7, 1.3, 0.4, 100, 2},
    {C::ChronicLiverDisease, {{{0, 0}, {30, 0.002}, {50, 0.008}, {70, 0.01}, {90, 0.006}, {90, 0.006}}}, 0.7, 1.3, 1.0, 6, 18},
    {C::PeripheralVascularDisease, {{{0, 0}, {50, 0.002}, {65, 0.01}, {80, 0.03}, {90, 0.035}, {90, 0.035}}}, 0.7, 1.3, 0.8, 6, 40},
    {C::ChronicPain, {{{0, 0}, {18, 0.01}, {40, 0.04}, {60, 0.07}, {75, 0.09}, {90, 0.09}}}, 1.3, 0.7, 0.7, 6, 18},
    {C::AlcoholProblems, {{{0, 0}, {16, 0}, {18, 0.004}, {40, 0.015}, {60, 0.015}, {90, 0.003}}}, 0.5, 1.5, 1.0, 6, 16},
    {C::SubstanceMisuse, {{{0, 0}, {16, 0}, {20, 0.01}, {35, 0.012}, {50, 0.006}, {90, 0}}}, 0.5, 1.5, 1.5, 6, 14},
}};

double prevalence_at(const ConditionModel& m, int age) {
  const auto& k = m.knots;
  if (age <= k[0][0]) return k[0][1];
  for (size_t i = 1; i < k.size(); ++i) {
    if (age <= k[i][0]) {
      const double span = k[i][0] - k[i - 1][0];
      return span <= 0 ? k[i][1] : k[i - 1][1] + (k[i][1] - k[i - 1][1]) * (age - k[i - 1][0]) / span;
    }
  }
  return k.back()[1];
}

// Index of the first cumulative share above u.
template <class Cumulative>
size_t pick(const Cumulative& cumulative, double u) {
  auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
  return std::min(static_cast<size_t>(it - cumulative.begin()), cumulative.size() - 1);
}

struct LocalEvent {
  Day day;
  uint8_t setting;
  uint16_t length_of_stay;
  uint32_t cost_pence;
  auto operator<=>(const LocalEvent&) const = default;
};

struct LocalCondition {
  Day day;
  uint8_t condition;
  auto operator<=>(const LocalCondition&) const = default;
};

// Everything the yearly rates depend on, fixed at the year's start.
struct YearState {
  PersonFacts facts;
  double deprivation = 0;  // 0 least .. 1 most deprived
  double frailty = 1;      // latent, mean 1
  bool female = false;
  bool pregnant = false;
};

double age_step(int age, std::initializer_list<std::pair<int, double>> below_age_rate, double otherwise) {
  for (auto [limit, rate] : below_age_rate)
    if (age < limit) return rate;
  return otherwise;
}

// Expected events per year in each setting other than emergency admissions (drawn from the true model).
std::array<double, kSettingCount> yearly_rates(const YearState& s) {
  const PersonFacts& f = s.facts;
  const int a = f.age;
  const double ltc = std::min<int>(f.long_term_condition_count, 8);
  const double d = s.deprivation, F = s.frailty;
  auto has = [&](Condition c) { return f.has(c) ? 1.0 : 0.0; };
  std::array<double, kSettingCount> r{};
  const double gp_base = age_step(a, {{5, 4.2}, {16, 2.0}, {45, 3.6}, {65, 4.6}, {75, 6.4}}, 8.5);
  r[static_cast<int>(Setting::GpAppointment)] =
      (gp_base * (s.female && a >= 16 && a < 65 ? 1.25 : 1.0) + 1.0 * ltc + 4.0 * s.pregnant) * F * (1 + 0.25 * d);
  r[static_cast<int>(Setting::AeAttendance)] =
      age_step(a, {{5, 0.28}, {16, 0.15}, {25, 0.24}, {65, 0.17}, {80, 0.22}}, 0.4) * (1 + 0.6 * d) * F * (1 + 0.1 * ltc) +
      0.6 * has(C::SeriousMentalIllness) + 0.5 * has(C::SubstanceMisuse) + 0.5 * has(C::AlcoholProblems);
  r[static_cast<int>(Setting::ElectiveAdmission)] =
      age_step(a, {{16, 0.03}, {45, 0.07}, {65, 0.14}, {80, 0.3}}, 0.25) * std::sqrt(F) * (1 + 0.05 * ltc) +
      1.5 * has(C::Cancer);
  r[static_cast<int>(Setting::OutpatientAttendance)] =
      (age_step(a, {{5, 0.8}, {16, 0.5}, {45, 1.0}, {65, 1.6}, {75, 2.6}}, 3.2) + 0.35 * ltc + 3.0 * has(C::Cancer) +
       2.0 * s.pregnant) * F;
  r[static_cast<int>(Setting::CommunityContact)] =
      (age_step(a, {{5, 1.2}, {65, 0.3}, {75, 1.0}, {85, 2.8}}, 7.0) + 0.3 * ltc + 3.0 * has(C::PalliativeCare) +
       1.5 * has(C::HeartFailure) + 2.0 * has(C::Dementia) + 1.0 * s.pregnant) * F * std::sqrt(F);
  r[static_cast<int>(Setting::MentalHealthContact)] =
      (0.03 + 1.2 * has(C::Depression) + 0.8 * has(C::Anxiety) + 8.0 * has(C::SeriousMentalIllness) +
       3.0 * has(C::SubstanceMisuse) + 1.5 * has(C::AlcoholProblems) + 1.0 * has(C::Dementia) +
       0.5 * has(C::LearningDisability)) * (1 + 0.3 * d);
  r[static_cast<int>(Setting::SocialCarePackage)] =
      (age_step(a, {{65, 0.0}, {75, 0.08}, {85, 0.4}}, 1.6) + (a >= 65 ? 2.5 : 0.0) * has(C::Dementia) +
       (a >= 18 ? 3.0 : 0.0) * has(C::LearningDisability) + 2.0 * has(C::PalliativeCare)) * F * std::sqrt(F) *
      (1 + 0.3 * d);
  return r;
}

// Chance of dying within a year: Gompertz in age, raised by serious conditions and by an emergency
// admission that year; about 1% a year across the population.
double yearly_death_risk(const PersonFacts& f, bool admitted) {
  auto has = [&](Condition c) { return f.has(c) ? 1.0 : 0.0; };
  double base = 0.00015 + std::exp(-10.6 + 0.094 * f.age) + (f.age == 0 ? 0.0035 : 0.0);
  double multiplier = 1 + 0.9 * has(C::HeartFailure) + 1.2 * has(C::Cancer) + 1.2 * has(C::Dementia) +
                      0.7 * has(C::Copd) + 0.3 * has(C::ChronicKidneyDisease) + 10.0 * has(C::PalliativeCare);
  if (admitted) multiplier *= 1.8;
  return std::min(0.95, base * multiplier / 1.5);
}

double pregnancy_chance(int age) {
  return age_step(age, {{16, 0.0}, {20, 0.03}, {25, 0.07}, {30, 0.10}, {35, 0.11}, {40, 0.06}, {46, 0.015}}, 0.0);
}

uint16_t emergency_length_of_stay(RandomStream& rng, int age) {
  if (rng.bernoulli(0.28)) return 0;
  const double mean = 1.5 + 0.09 * std::max(0, age - 40);
  return static_cast<uint16_t>(std::min(30.0, 1 + std::floor(rng.exponential(mean))));
}

// Whole pence: a base plus a uniform spread plus an amount per year of age.
uint32_t pence(RandomStream& rng, uint32_t base, uint32_t spread, uint32_t per_year_of_age, int age) {
  return base + static_cast<uint32_t>(rng.below(spread + 1)) + per_year_of_age * static_cast<uint32_t>(age);
}

LocalEvent make_event(RandomStream& rng, Setting setting, Day day, int age) {
  LocalEvent e{day, static_cast<uint8_t>(setting), 0, 0};
  switch (setting) {
    case Setting::GpAppointment: e.cost_pence = pence(rng, 3000, 2000, 15, age); break;
    case Setting::AeAttendance: e.cost_pence = pence(rng, 18000, 12000, 100, age); break;
    case Setting::EmergencyAdmission:
      e.length_of_stay = emergency_length_of_stay(rng, age);
      e.cost_pence = std::min<uint32_t>(600000, 250000 + e.length_of_stay * 11500u + pence(rng, 0, 30000, 0, age));
      break;
    case Setting::ElectiveAdmission:
      e.length_of_stay = rng.bernoulli(0.65) ? 0 : static_cast<uint16_t>(rng.between(1, 5));
      e.cost_pence = std::min<uint32_t>(500000, 150000 + e.length_of_stay * 50000u + pence(rng, 0, 100000, 0, age));
      break;
    case Setting::OutpatientAttendance: e.cost_pence = pence(rng, 11000, 8000, 50, age); break;
    case Setting::CommunityContact: e.cost_pence = pence(rng, 4500, 3000, 20, age); break;
    case Setting::MentalHealthContact: e.cost_pence = pence(rng, 10000, 10000, 0, age); break;
    case Setting::SocialCarePackage: e.cost_pence = pence(rng, 50000, 30000, 200, age); break;
  }
  return e;
}

void write_person_id(uint64_t number, std::vector<char>& out) {
  char id[kPersonIdWidth + 1] = {};
  std::snprintf(id, sizeof id, "P%09llu", static_cast<unsigned long long>(number));
  out.insert(out.end(), id, id + kPersonIdWidth);
}

}  // namespace

void simulate_person(const SynthesisPlan& plan, uint64_t index, PopulationColumns& out) {
  RandomStream rng(plan.seed, index + 1);  // stream 0 is the geography's
  const Date extract_start = plan.year_starts[1];

  // Who, and where.
  const auto& place = plan.places[pick(plan.place_cumulative, rng.uniform())];
  const uint16_t practice = place.practices[pick(place.practice_cumulative, rng.uniform())];
  const uint32_t lsoa = place.lsoas[rng.below(place.lsoas.size())];
  const uint8_t decile = plan.lsoa_decile[lsoa];
  const auto ethnic = static_cast<uint8_t>(pick(place.ethnic_cumulative, rng.uniform()));
  const size_t cell = pick(plan.age_sex_cumulative, rng.uniform());
  const bool male = cell >= 91;
  int age = static_cast<int>(cell % 91);
  if (age == 90) age += static_cast<int>(std::min(15.0, std::floor(rng.exponential(4.0))));
  const int start_month = Month::of(extract_start).index();
  const int end_month = Month::of(plan.extract_end).index();
  int32_t birth_month = start_month - age * 12 - static_cast<int>(rng.below(12));
  // About half of those under one are born during the extract instead of before it.
  if (age == 0 && end_month > start_month && rng.bernoulli(0.5))
    birth_month = start_month + static_cast<int>(rng.between(1, end_month - start_month));
  const Day birth_day = Month{birth_month / 12, birth_month % 12 + 1}.first_day().days;

  // A latent tendency to illness clusters conditions; frailty (partly the same) scales use.
  const double health = rng.normal();
  const double illness_multiplier = std::exp(0.6 * health - 0.18);
  const double frailty = std::exp(0.45 * (0.6 * health + 0.8 * rng.normal()) - 0.10125);
  const double deprivation = (10 - decile) / 9.0;

  // Conditions on the register by the extract's end, most diagnosed long before it.
  std::vector<LocalCondition> conditions;
  const Day end_day = plan.extract_end.days;
  const int age_at_end = age_on(birth_month, plan.extract_end);
  auto diagnosis_day = [&](double mean_years, int youngest_age) {
    const Day earliest = std::min<Day>(end_day, birth_day + static_cast<Day>(youngest_age * kDaysPerYear));
    Day day = end_day - static_cast<Day>(rng.exponential(mean_years) * kDaysPerYear);
    if (day < earliest) day = earliest + static_cast<Day>(rng.below(static_cast<uint64_t>(end_day - earliest) + 1));
    return day;
  };
  for (const auto& m : kConditionModels) {
    double p = prevalence_at(m, age_at_end) * (male ? m.male : m.female) * (1 + m.deprivation * (deprivation - 0.5)) *
               illness_multiplier;
    if (!rng.bernoulli(std::min(p, 0.9))) continue;
    conditions.push_back({diagnosis_day(m.mean_years_since_diagnosis, m.youngest_diagnosis_age),
                          static_cast<uint8_t>(m.condition)});
  }
  auto has_by_end = [&](Condition c) {
    return std::any_of(conditions.begin(), conditions.end(),
                       [&](const LocalCondition& x) { return x.condition == static_cast<uint8_t>(c); });
  };
  // The palliative care register: mostly old people with cancer, heart failure or dementia.
  if (age_at_end >= 40) {
    double p = 0.05 * has_by_end(C::Cancer) + 0.05 * has_by_end(C::HeartFailure) + 0.06 * has_by_end(C::Dementia) +
               (age_at_end >= 85 ? 0.01 : 0.0);
    p *= age_at_end >= 75 ? 1.4 : 0.7;
    if (p > 0 && rng.bernoulli(p))
      conditions.push_back({diagnosis_day(0.7, 40), static_cast<uint8_t>(C::PalliativeCare)});
  }

  // Year by year: the burn-in year (not written) then the extract's years.
  std::vector<LocalEvent> events;
  std::array<uint16_t, kSettingCount> previous_year{};
  Day death = kNoDay;
  const size_t year_count = plan.year_starts.size() - 1;
  for (size_t y = 0; y < year_count && death == kNoDay; ++y) {
    const Date start = plan.year_starts[y];
    const Day last_of_year = plan.year_starts[y + 1].days - 1;
    const bool burn_in = y == 0;
    const int age_at_start = age_on(birth_month, start);
    std::array<uint16_t, kSettingCount> this_year{};

    // The facts person_facts() would find on the year's start.
    YearState s;
    s.deprivation = deprivation;
    s.frailty = frailty;
    s.female = !male;
    PersonFacts& f = s.facts;
    f.in_population = age_at_start >= 0;
    f.age = static_cast<uint8_t>(std::clamp(age_at_start, 0, 120));
    f.age_band = static_cast<uint8_t>(age_band_of(f.age));
    for (const auto& c : conditions) {
      const auto condition = static_cast<Condition>(c.condition);
      if (c.day > start.days || condition == C::Pregnancy) continue;
      if (is_long_term(condition) && !f.has(condition)) ++f.long_term_condition_count;
      f.conditions |= condition_bit(condition);
    }
    f.events_last_year = previous_year;

    const Day first_day = std::max(start.days, birth_day);
    if (first_day > last_of_year) {
      previous_year = this_year;
      continue;  // not born yet
    }

    // Emergency admissions from the true model, drawn whether or not the person dies this year.
    uint32_t admissions = 0;
    if (f.in_population) {
      const RiskFeatures x = risk_features(f, decile, male);
      double logit = 0;
      for (int i = 0; i < kRiskFeatureCount; ++i) logit += plan.coefficients[i] * x[i];
      if (rng.bernoulli(1.0 / (1.0 + std::exp(-logit)))) admissions = 1 + rng.poisson(0.3);
    }
    Day last_day = last_of_year;
    if (!burn_in) {
      double risk = yearly_death_risk(f, admissions > 0);
      risk *= static_cast<double>(last_of_year - first_day + 1) / (last_of_year - start.days + 1);
      if (rng.bernoulli(risk)) {
        death = first_day + static_cast<Day>(rng.below(static_cast<uint64_t>(last_of_year - first_day) + 1));
        last_day = death;
      }
    }
    const auto window = static_cast<uint64_t>(last_day - first_day + 1);
    auto add = [&](Setting setting, Day day) {
      ++this_year[static_cast<int>(setting)];
      if (!burn_in) events.push_back(make_event(rng, setting, day, f.age));
    };
    for (uint32_t i = 0; i < admissions; ++i) {
      const Day day = first_day + static_cast<Day>(rng.below(window));
      add(Setting::EmergencyAdmission, day);
      if (rng.bernoulli(0.8)) add(Setting::AeAttendance, day);  // most come through A&E
    }

    if (!male && rng.bernoulli(pregnancy_chance(f.age))) {
      s.pregnant = true;
      conditions.push_back({first_day + static_cast<Day>(rng.below(window)), static_cast<uint8_t>(C::Pregnancy)});
    }
    const auto rates = yearly_rates(s);
    const double share_of_year = static_cast<double>(window) / (last_of_year - start.days + 1);
    for (int setting = 0; setting < kSettingCount; ++setting) {
      const auto which = static_cast<Setting>(setting);
      if (which == Setting::EmergencyAdmission) continue;
      // The burn-in year only needs what next year's features count.
      if (burn_in && which != Setting::AeAttendance && which != Setting::SocialCarePackage) continue;
      const uint32_t n = rng.poisson(rates[setting] * share_of_year);
      for (uint32_t i = 0; i < n; ++i) add(which, first_day + static_cast<Day>(rng.below(window)));
    }
    previous_year = this_year;
  }

  // A register entry cannot follow death.
  if (death != kNoDay)
    conditions.erase(std::remove_if(conditions.begin(), conditions.end(),
                                    [&](const LocalCondition& c) { return c.day > death; }),
                     conditions.end());
  std::sort(conditions.begin(), conditions.end());
  std::sort(events.begin(), events.end());

  write_person_id(index + 1, out.person_id);
  out.birth_month.push_back(birth_month);
  out.sex.push_back(static_cast<uint8_t>(male ? Sex::Male : Sex::Female));
  out.ethnic_group.push_back(ethnic);
  out.lsoa.push_back(lsoa);
  out.imd_decile.push_back(decile);
  out.practice.push_back(practice);
  out.death_day.push_back(death);
  for (const auto& c : conditions) {
    out.condition.push_back(c.condition);
    out.diagnosed_day.push_back(c.day);
  }
  out.condition_start.push_back(static_cast<uint32_t>(out.condition.size()));
  for (const auto& e : events) {
    out.event_day.push_back(e.day);
    out.event_setting.push_back(e.setting);
    out.length_of_stay.push_back(e.length_of_stay);
    out.cost_pence.push_back(e.cost_pence);
  }
  out.event_start.push_back(static_cast<uint32_t>(out.event_day.size()));
}

}  // namespace ics::phm
