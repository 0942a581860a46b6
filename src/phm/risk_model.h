#pragma once
// Risk stratification: a logistic regression of "at least one emergency admission in the next 12 months",
// trained on last year (features on at - 1 year, outcome in [at - 1 year, at)) over two thirds of the
// population, tested on the held-out third, then applied to everyone on `at`.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "phm/logistic_regression.h"
#include "phm/person_facts.h"
#include "phm/population.h"
#include "phm/risk_features.h"

namespace ics::phm {

// Risk tiers by rank of predicted risk: top 0.5%, next to 2%, next to 5%, everyone else.
enum class RiskTier : uint8_t { Top0_5, Top2, Top5, Rest };
std::string risk_tier_label(RiskTier t);  // "Top 0.5%", "0.5-2%", "2-5%", "Rest"

// A feature's part in one person's score: coefficient × (value − population mean), so factors that
// raise risk above the average person's come first.
struct ContributingFactor {
  int feature = 0;
  double contribution = 0;  // on the log-odds scale
};

struct RiskModelReport {
  Date trained_at;  // at - 1 year
  Date at;
  LogisticFit fit;
  std::array<double, kRiskFeatureCount> feature_means{};  // over the training rows
  int64_t training_persons = 0, test_persons = 0;
  int64_t training_events = 0, test_events = 0;  // persons with an emergency admission
  double test_auc = 0;
  std::vector<CalibrationDecile> test_calibration;
  // Tier thresholds and counts over the population on `at`.
  std::array<int64_t, 4> tier_persons{};
  std::array<double, 4> tier_min_probability{};
  std::array<double, 4> tier_mean_probability{};
  // Per person on `at` (indexed by person; 0 and Rest for people not in the population).
  std::vector<float> probability;
  std::vector<RiskTier> tier;
};

// True for the persons held out for testing: a fixed third, chosen by a hash of the person's id, so the
// split is the same on every run and independent of row order.
bool is_held_out(std::string_view person_id);

// Trains, tests and scores. facts_at are all_person_facts(population, at); facts_year_before are
// all_person_facts(population, one_year_before(at)). Needs a year of events before at - 1 year for the
// features to mean anything: throws std::invalid_argument when at - 2 years is before extract_start, when
// at is after extract_end + 1 day, or when nobody was in the population on at - 1 year. Tiers hold at most
// 0.5%, 2% and 5% of the persons in the population on `at` (whole persons, rounded down), ranked by
// probability, ties by person index. test_auc is NaN when the held-out third has only one outcome.
RiskModelReport run_risk_model(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                               const std::vector<PersonFacts>& facts_at, Date at, const FitOptions& options = {});

// The person's largest positive contributions, largest first (at most `count`; none before the model is
// fitted).
std::vector<ContributingFactor> contributing_factors(const RiskModelReport& model, const RiskFeatures& features,
                                                     size_t count = 3);

// One line of a case-finding list: a person in the top tiers of a PCN.
struct CaseFindingEntry {
  std::string person_id;
  std::string practice;
  std::string pcn;
  int age = 0;
  Sex sex = Sex::Female;
  double probability = 0;
  RiskTier tier = RiskTier::Rest;
  int long_term_conditions = 0;
  int emergency_admissions_last_year = 0;
  std::vector<ContributingFactor> factors;
};

// Everyone in tiers Top0_5..Top5 registered with the given PCNs (indexes into geography.pcn_codes;
// empty = all), highest risk first, with three contributing factors each. Throws std::invalid_argument
// for an unknown PCN index or facts and a model of another population.
std::vector<CaseFindingEntry> case_finding_list(const Population& population, const std::vector<PersonFacts>& facts_at,
                                                const RiskModelReport& model, const std::vector<uint16_t>& pcns);

}  // namespace ics::phm
