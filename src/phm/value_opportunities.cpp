#include "phm/value_opportunities.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <stdexcept>

namespace ics::phm {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Indirect standardisation strata: ESP age band x sex.
constexpr int kStrata = kAgeBandCount * kSexCount;
// Per PCN and stratum: persons, then events in each setting.
constexpr int kCell = 1 + kSettingCount;

struct Tally {
  std::vector<int64_t> counts;  // (pcn * kStrata + stratum) * kCell
  std::vector<int64_t> cost;    // pcn * kSettingCount + setting, pence
  explicit Tally(size_t pcns) : counts(pcns * kStrata * kCell, 0), cost(pcns * kSettingCount, 0) {}
  void add(const Tally& other) {
    for (size_t i = 0; i < counts.size(); ++i) counts[i] += other.counts[i];
    for (size_t i = 0; i < cost.size(); ++i) cost[i] += other.cost[i];
  }
};

// One pass over the persons in the population on `at`: their stratum's counts from their facts, and
// the cost of their last year's events by setting (the facts keep only the total cost).
Tally tally_pcns(const Population& population, const std::vector<PersonFacts>& facts_at, Date at, unsigned threads) {
  const size_t pcns = population.geography.pcn_codes.size();
  const Day year_ago = one_year_before(at).days;
  Tally total(pcns);
  std::mutex merge;
  std::atomic<bool> bad_sex = false;  // reported after the threads are joined, not thrown inside one
  parallel_ranges(population.person_count(), threads, [&](size_t begin, size_t end) {
    Tally partial(pcns);
    const Day* days = population.event_day.data();
    for (size_t p = begin; p < end; ++p) {
      const PersonFacts& f = facts_at[p];
      if (!f.in_population) continue;
      const size_t pcn = population.pcn_of(p);
      const int sex = population.sex[p];
      if (sex >= kSexCount) {
        bad_sex = true;
        continue;
      }
      int64_t* cell = &partial.counts[(pcn * kStrata + static_cast<size_t>(f.age_band * kSexCount + sex)) * kCell];
      cell[0] += 1;
      for (int s = 0; s < kSettingCount; ++s) cell[1 + s] += f.events_last_year[s];
      const uint32_t first = population.event_start[p], last = population.event_start[p + 1];
      const Day* from = std::lower_bound(days + first, days + last, year_ago);
      for (size_t i = static_cast<size_t>(from - days); i < last && days[i] < at.days; ++i)
        partial.cost[pcn * kSettingCount + population.event_setting[i]] += population.cost_pence[i];
    }
    std::lock_guard lock(merge);
    total.add(partial);
  });
  if (bad_sex) throw std::invalid_argument("a person's sex is out of range");
  return total;
}

}  // namespace

double best_quartile(std::vector<double> ratios) {
  std::erase_if(ratios, [](double r) { return std::isnan(r); });
  if (ratios.empty()) return kNaN;
  std::sort(ratios.begin(), ratios.end());
  const double h = (static_cast<double>(ratios.size()) - 1) * 0.25;
  const size_t below = static_cast<size_t>(std::floor(h));
  const size_t above = std::min(below + 1, ratios.size() - 1);
  return ratios[below] + (h - static_cast<double>(below)) * (ratios[above] - ratios[below]);
}

ValueReport find_value_opportunities(const Population& population, const std::vector<PersonFacts>& facts_at, Date at,
                                     unsigned threads) {
  if (facts_at.size() != population.person_count())
    throw std::invalid_argument("find_value_opportunities needs facts for every person");
  const size_t pcns = population.geography.pcn_codes.size();
  const Tally tally = tally_pcns(population, facts_at, at, threads);
  auto cell = [&](size_t pcn, int stratum) { return &tally.counts[(pcn * kStrata + stratum) * kCell]; };

  // The ICS's own rate per person in each stratum and setting.
  std::array<std::array<double, kSettingCount>, kStrata> ics_rate{};
  for (int stratum = 0; stratum < kStrata; ++stratum) {
    std::array<int64_t, kCell> sum{};
    for (size_t pcn = 0; pcn < pcns; ++pcn)
      for (int i = 0; i < kCell; ++i) sum[i] += cell(pcn, stratum)[i];
    for (int s = 0; s < kSettingCount && sum[0] > 0; ++s)
      ics_rate[stratum][s] = static_cast<double>(sum[1 + s]) / static_cast<double>(sum[0]);
  }

  ValueReport report;
  report.at = at;
  for (size_t pcn = 0; pcn < pcns; ++pcn) {
    int64_t persons = 0;
    for (int stratum = 0; stratum < kStrata; ++stratum) persons += cell(pcn, stratum)[0];
    if (persons == 0) continue;  // a PCN with nobody registered has nothing to compare
    for (int s = 0; s < kSettingCount; ++s) {
      double observed = 0, expected = 0;
      for (int stratum = 0; stratum < kStrata; ++stratum) {
        observed += static_cast<double>(cell(pcn, stratum)[1 + s]);
        expected += ics_rate[stratum][s] * static_cast<double>(cell(pcn, stratum)[0]);
      }
      OpportunityRow row;
      row.pcn = static_cast<uint16_t>(pcn);
      row.setting = static_cast<Setting>(s);
      row.persons = persons;
      row.ratio = indirectly_standardised_ratio(observed, expected);
      row.limits = funnel_limits(expected);
      row.cost_pence = tally.cost[pcn * kSettingCount + s];
      report.rows.push_back(row);
    }
  }

  for (int s = 0; s < kSettingCount; ++s) {
    std::vector<double> ratios;
    for (const OpportunityRow& row : report.rows)
      if (static_cast<int>(row.setting) == s && row.ratio.expected > 0) ratios.push_back(row.ratio.ratio);
    SettingOpportunity& total = report.by_setting[s];
    total.setting = static_cast<Setting>(s);
    total.benchmark_ratio = best_quartile(std::move(ratios));
  }
  for (OpportunityRow& row : report.rows) {
    SettingOpportunity& total = report.by_setting[static_cast<int>(row.setting)];
    row.benchmark_ratio = total.benchmark_ratio;
    if (row.ratio.expected > 0 && !std::isnan(row.benchmark_ratio))
      row.excess_events = std::max(0.0, row.ratio.observed - row.benchmark_ratio * row.ratio.expected);
    if (row.excess_events > 0) {
      const double cost_per_event = static_cast<double>(row.cost_pence) / row.ratio.observed;
      row.opportunity_pence = std::llround(row.excess_events * cost_per_event);
    }
    total.events += row.ratio.observed;
    total.cost_pence += row.cost_pence;
    total.opportunity_pence += row.opportunity_pence;
    report.total_opportunity_pence += row.opportunity_pence;
  }
  return report;
}

}  // namespace ics::phm
