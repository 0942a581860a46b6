#include "phm/risk_model.h"

#include <algorithm>
#include <stdexcept>

namespace ics::phm {

std::string risk_tier_label(RiskTier t) {
  switch (t) {
    case RiskTier::Top0_5: return "Top 0.5%";
    case RiskTier::Top2: return "0.5-2%";
    case RiskTier::Top5: return "2-5%";
    case RiskTier::Rest: return "Rest";
  }
  throw std::invalid_argument("unknown risk tier " + std::to_string(static_cast<int>(t)));
}

bool is_held_out(std::string_view person_id) {
  // FNV-1a (64-bit): fixed by its definition, so the split never changes between builds or machines.
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : person_id) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash % 3 == 0;
}

namespace {

enum class Role : uint8_t { None, Training, Test };

RiskFeatures features_of(const Population& population, const PersonFacts& facts, size_t person) {
  return risk_features(facts, population.imd_decile[person], population.sex[person] == static_cast<uint8_t>(Sex::Male));
}

// The outcome: at least one emergency admission in [at - 1 year, at), which is exactly the window of
// facts_at's last-year counts.
uint8_t admitted(const PersonFacts& facts_at) { return facts_at.last_year(Setting::EmergencyAdmission) > 0 ? 1 : 0; }

void check_inputs(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                  const std::vector<PersonFacts>& facts_at, Date at) {
  const size_t n = population.person_count();
  if (facts_year_before.size() != n || facts_at.size() != n)
    throw std::invalid_argument("risk model: facts for " + std::to_string(facts_year_before.size()) + " and " +
                                std::to_string(facts_at.size()) + " persons, but the population has " +
                                std::to_string(n));
  const Date trained_at = one_year_before(at);
  if (one_year_before(trained_at) < population.extract_start)
    throw std::invalid_argument("risk model: at " + at.to_string() +
                                " needs events from two years before it, but the extract starts on " +
                                population.extract_start.to_string());
  if (at.days > population.extract_end.days + 1)
    throw std::invalid_argument("risk model: at " + at.to_string() + " is after the day after the extract's end, " +
                                population.extract_end.to_string());
}

// Ranks the persons in the population on `at` by probability (highest first, ties by person index, so
// counts are exact) and fills the tiers, their counts, minima and means.
void assign_tiers(const std::vector<PersonFacts>& facts_at, RiskModelReport& report) {
  const size_t n = facts_at.size();
  std::vector<uint32_t> ranked;
  ranked.reserve(n);
  for (size_t p = 0; p < n; ++p)
    if (facts_at[p].in_population) ranked.push_back(static_cast<uint32_t>(p));
  const auto& probability = report.probability;
  auto higher = [&](uint32_t a, uint32_t b) {
    return probability[a] != probability[b] ? probability[a] > probability[b] : a < b;
  };
  // Each tier's upper bound as a number of persons: at most 0.5%, 2%, 5% of them (whole persons).
  const int64_t count = static_cast<int64_t>(ranked.size());
  const std::array<int64_t, 4> tier_end{count * 5 / 1000, count * 20 / 1000, count * 50 / 1000, count};
  // Only the top 5% need full order; the rest just need to be below them.
  const auto top_end = ranked.begin() + tier_end[2];
  std::nth_element(ranked.begin(), top_end, ranked.end(), higher);
  std::sort(ranked.begin(), top_end, higher);

  report.tier.assign(n, RiskTier::Rest);
  int64_t begin = 0;
  for (int t = 0; t < 4; ++t) {
    double sum = 0, least = 0;
    for (int64_t i = begin; i < tier_end[t]; ++i) {
      const uint32_t p = ranked[static_cast<size_t>(i)];
      report.tier[p] = static_cast<RiskTier>(t);
      sum += probability[p];
      least = i == begin ? probability[p] : std::min<double>(least, probability[p]);
    }
    const int64_t persons = tier_end[t] - begin;
    report.tier_persons[t] = persons;
    report.tier_min_probability[t] = least;
    report.tier_mean_probability[t] = persons > 0 ? sum / static_cast<double>(persons) : 0;
    begin = tier_end[t];
  }
}

}  // namespace

RiskModelReport run_risk_model(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                               const std::vector<PersonFacts>& facts_at, Date at, const FitOptions& options) {
  check_inputs(population, facts_year_before, facts_at, at);
  const size_t n = population.person_count();
  RiskModelReport report;
  report.at = at;
  report.trained_at = one_year_before(at);

  // Everyone in the population a year ago trains or tests, by the fixed split of their id.
  std::vector<Role> role(n, Role::None);
  parallel_ranges(n, options.threads, [&](size_t begin, size_t end) {
    for (size_t p = begin; p < end; ++p)
      if (facts_year_before[p].in_population)
        role[p] = is_held_out(population.id_of(p)) ? Role::Test : Role::Training;
  });
  std::vector<uint32_t> training, test;
  for (size_t p = 0; p < n; ++p) {
    if (role[p] == Role::Training) training.push_back(static_cast<uint32_t>(p));
    if (role[p] == Role::Test) test.push_back(static_cast<uint32_t>(p));
  }
  if (training.empty())
    throw std::invalid_argument("risk model: nobody was in the population on " + report.trained_at.to_string() +
                                " to train on");

  DesignMatrix design;
  design.feature_count = kRiskFeatureCount;
  design.x.resize(training.size() * kRiskFeatureCount);
  design.y.resize(training.size());
  parallel_ranges(training.size(), options.threads, [&](size_t begin, size_t end) {
    for (size_t r = begin; r < end; ++r) {
      const size_t p = training[r];
      const RiskFeatures x = features_of(population, facts_year_before[p], p);
      std::copy(x.begin(), x.end(), design.x.begin() + static_cast<std::ptrdiff_t>(r * kRiskFeatureCount));
      design.y[r] = admitted(facts_at[p]);
    }
  });
  for (size_t r = 0; r < training.size(); ++r) {
    report.training_events += design.y[r];
    for (int j = 0; j < kRiskFeatureCount; ++j) report.feature_means[j] += design.x[r * kRiskFeatureCount + j];
  }
  for (double& mean : report.feature_means) mean /= static_cast<double>(training.size());
  report.training_persons = static_cast<int64_t>(training.size());

  report.fit = fit_logistic(design, options);
  design = {};  // the matrix is the largest thing held; scoring does not need it

  // The held-out third, scored by the model it played no part in.
  std::vector<double> test_scores(test.size());
  std::vector<uint8_t> test_outcomes(test.size());
  parallel_ranges(test.size(), options.threads, [&](size_t begin, size_t end) {
    for (size_t r = begin; r < end; ++r) {
      const size_t p = test[r];
      test_scores[r] = predict_probability(report.fit.coefficients, features_of(population, facts_year_before[p], p));
      test_outcomes[r] = admitted(facts_at[p]);
    }
  });
  report.test_persons = static_cast<int64_t>(test.size());
  for (uint8_t y : test_outcomes) report.test_events += y;
  report.test_auc = area_under_curve(test_scores, test_outcomes);
  report.test_calibration = calibration_by_decile(test_scores, test_outcomes);

  // Everyone in the population on `at`, scored on their facts then.
  report.probability.assign(n, 0.0f);
  parallel_ranges(n, options.threads, [&](size_t begin, size_t end) {
    for (size_t p = begin; p < end; ++p)
      if (facts_at[p].in_population)
        report.probability[p] = static_cast<float>(
            predict_probability(report.fit.coefficients, features_of(population, facts_at[p], p)));
  });
  assign_tiers(facts_at, report);
  return report;
}

std::vector<ContributingFactor> contributing_factors(const RiskModelReport& model, const RiskFeatures& features,
                                                     size_t count) {
  std::vector<ContributingFactor> factors;
  if (model.fit.coefficients.size() != static_cast<size_t>(kRiskFeatureCount)) return factors;
  for (int j = 1; j < kRiskFeatureCount; ++j) {  // the intercept is the same for everyone
    const double contribution = model.fit.coefficients[j] * (features[j] - model.feature_means[j]);
    if (contribution > 0) factors.push_back({j, contribution});
  }
  std::stable_sort(factors.begin(), factors.end(),
                   [](const ContributingFactor& a, const ContributingFactor& b) { return a.contribution > b.contribution; });
  if (factors.size() > count) factors.resize(count);
  return factors;
}

std::vector<CaseFindingEntry> case_finding_list(const Population& population, const std::vector<PersonFacts>& facts_at,
                                                const RiskModelReport& model, const std::vector<uint16_t>& pcns) {
  const size_t n = population.person_count();
  if (facts_at.size() != n || model.tier.size() != n || model.probability.size() != n)
    throw std::invalid_argument("case finding: the facts or the model are for another population");
  std::vector<bool> wanted(population.geography.pcn_codes.size(), pcns.empty());
  for (uint16_t pcn : pcns) {
    if (pcn >= wanted.size())
      throw std::invalid_argument("case finding: no PCN with index " + std::to_string(pcn) + " (there are " +
                                  std::to_string(wanted.size()) + ")");
    wanted[pcn] = true;
  }

  std::vector<uint32_t> persons;
  for (size_t p = 0; p < n; ++p)
    if (model.tier[p] != RiskTier::Rest && wanted[population.pcn_of(p)]) persons.push_back(static_cast<uint32_t>(p));
  // The same order as the tiers: highest probability first, ties by person index.
  std::sort(persons.begin(), persons.end(), [&](uint32_t a, uint32_t b) {
    return model.probability[a] != model.probability[b] ? model.probability[a] > model.probability[b] : a < b;
  });

  std::vector<CaseFindingEntry> list;
  list.reserve(persons.size());
  for (uint32_t p : persons) {
    const PersonFacts& f = facts_at[p];
    CaseFindingEntry e;
    e.person_id = std::string(population.id_of(p));
    e.practice = population.geography.practice_codes[population.practice[p]];
    e.pcn = population.geography.pcn_codes[population.pcn_of(p)];
    e.age = f.age;
    e.sex = static_cast<Sex>(population.sex[p]);
    e.probability = model.probability[p];
    e.tier = model.tier[p];
    e.long_term_conditions = f.long_term_condition_count;
    e.emergency_admissions_last_year = f.last_year(Setting::EmergencyAdmission);
    e.factors = contributing_factors(model, features_of(population, f, p), 3);
    list.push_back(std::move(e));
  }
  return list;
}

}  // namespace ics::phm
