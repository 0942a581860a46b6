#include "phm/inequalities.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numbers>
#include <stdexcept>

#include "domain/enum_names.h"

namespace ics::phm {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.959963984540054;
constexpr int kDeciles = 10;

constexpr std::array<InequalityMeasure, kInequalityMeasureCount> kMeasures{
    InequalityMeasure::EmergencyAdmissions, InequalityMeasure::AeAttendances, InequalityMeasure::ElectiveActivity,
    InequalityMeasure::Mortality};
constexpr std::array<InequalityDimension, kInequalityDimensionCount> kDimensions{
    InequalityDimension::ImdQuintile, InequalityDimension::EthnicGroup, InequalityDimension::Pcn,
    InequalityDimension::Place, InequalityDimension::Core20};

uint32_t events_of(InequalityMeasure m, const PersonFacts& f) {
  switch (m) {
    case InequalityMeasure::EmergencyAdmissions: return f.last_year(Setting::EmergencyAdmission);
    case InequalityMeasure::AeAttendances: return f.last_year(Setting::AeAttendance);
    case InequalityMeasure::ElectiveActivity:
      return uint32_t{f.last_year(Setting::ElectiveAdmission)} + f.last_year(Setting::OutpatientAttendance);
    case InequalityMeasure::Mortality: return f.died_last_year ? 1 : 0;
  }
  return 0;
}

// Counts are tallied per group "slot" and age band: the 10 IMD deciles (quintiles and Core20 are sums
// of them), the ethnic groups, the PCNs, then the places. Each cell holds the population at risk and
// the events of each measure, side by side so one person's updates to a slot are adjacent.
constexpr int kCell = 1 + kInequalityMeasureCount;

struct SlotLayout {
  size_t ethnic = kDeciles, pcn = 0, place = 0, count = 0;
  explicit SlotLayout(const PopulationGeography& g)
      : pcn(ethnic + kEthnicGroupCount), place(pcn + g.pcn_codes.size()), count(place + g.place_codes.size()) {}
};

size_t cell_index(size_t slot, int band) { return (slot * kAgeBandCount + static_cast<size_t>(band)) * kCell; }

struct BandCounts {
  std::array<double, kAgeBandCount> population{};
  std::array<std::array<double, kAgeBandCount>, kInequalityMeasureCount> events{};
  void add(const std::vector<int64_t>& tally, size_t slot) {
    for (int band = 0; band < kAgeBandCount; ++band) {
      const int64_t* cell = &tally[cell_index(slot, band)];
      population[band] += static_cast<double>(cell[0]);
      for (int m = 0; m < kInequalityMeasureCount; ++m) events[m][band] += static_cast<double>(cell[1 + m]);
    }
  }
};

std::vector<int64_t> tally_groups(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                                  const std::vector<PersonFacts>& facts_at, const SlotLayout& layout,
                                  unsigned threads) {
  std::vector<int64_t> total(layout.count * kAgeBandCount * kCell, 0);
  std::mutex merge;
  parallel_ranges(population.person_count(), threads, [&](size_t begin, size_t end) {
    std::vector<int64_t> partial(total.size(), 0);
    for (size_t p = begin; p < end; ++p) {
      const PersonFacts& at_start = facts_year_before[p];
      if (!at_start.in_population) continue;
      const PersonFacts& year = facts_at[p];
      std::array<int64_t, kCell> counts{1};
      for (int m = 0; m < kInequalityMeasureCount; ++m) counts[1 + m] = events_of(kMeasures[m], year);
      const uint8_t decile = population.imd_decile[p];
      const uint8_t ethnic = population.ethnic_group[p];
      const uint16_t pcn = population.pcn_of(p);
      std::array<size_t, 4> slots{decile >= 1 && decile <= kDeciles ? size_t{decile} - 1 : SIZE_MAX,
                                  ethnic < kEthnicGroupCount ? layout.ethnic + ethnic : SIZE_MAX, layout.pcn + pcn,
                                  layout.place + population.geography.pcn_place[pcn]};
      for (size_t slot : slots) {
        if (slot == SIZE_MAX) continue;
        int64_t* cell = &partial[cell_index(slot, at_start.age_band)];
        for (int i = 0; i < kCell; ++i) cell[i] += counts[i];
      }
    }
    std::lock_guard lock(merge);
    for (size_t i = 0; i < total.size(); ++i) total[i] += partial[i];
  });
  return total;
}

struct Group {
  std::string label;
  BandCounts counts;
};

std::vector<Group> groups_of(InequalityDimension d, const Population& population, const std::vector<int64_t>& tally,
                             const SlotLayout& layout) {
  std::vector<Group> groups;
  auto deciles = [&](Group& g, int first, int last) {
    for (int decile = first; decile <= last; ++decile) g.counts.add(tally, static_cast<size_t>(decile) - 1);
  };
  switch (d) {
    case InequalityDimension::ImdQuintile:
      for (int q = 1; q <= 5; ++q) {
        Group g{std::to_string(q) + (q == 1 ? " (most deprived)" : q == 5 ? " (least deprived)" : ""), {}};
        deciles(g, 2 * q - 1, 2 * q);
        groups.push_back(std::move(g));
      }
      break;
    case InequalityDimension::EthnicGroup:
      for (int e = 0; e < kEthnicGroupCount; ++e) {
        Group g{std::string(enum_name(static_cast<EthnicGroup>(e))), {}};
        g.counts.add(tally, layout.ethnic + static_cast<size_t>(e));
        groups.push_back(std::move(g));
      }
      break;
    case InequalityDimension::Pcn:
      for (size_t i = 0; i < population.geography.pcn_codes.size(); ++i) {
        Group g{population.geography.pcn_codes[i], {}};
        g.counts.add(tally, layout.pcn + i);
        groups.push_back(std::move(g));
      }
      break;
    case InequalityDimension::Place:
      for (size_t i = 0; i < population.geography.place_codes.size(); ++i) {
        Group g{population.geography.place_codes[i], {}};
        g.counts.add(tally, layout.place + i);
        groups.push_back(std::move(g));
      }
      break;
    case InequalityDimension::Core20: {
      Group core{"Core20", {}}, rest{"Rest", {}};
      deciles(core, 1, 2);
      deciles(rest, 3, kDeciles);
      groups.push_back(std::move(core));
      groups.push_back(std::move(rest));
      break;
    }
  }
  return groups;
}

// A small, fast, seeded generator (SplitMix64), so the simulated intervals are the same on every run.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  double uniform() {  // in (0, 1)
    return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53;
  }
  double normal() {  // Box-Muller, both values used
    if (spare_) {
      spare_ = false;
      return second_;
    }
    const double radius = std::sqrt(-2 * std::log(uniform())), angle = 2 * std::numbers::pi * uniform();
    second_ = radius * std::sin(angle);
    spare_ = true;
    return radius * std::cos(angle);
  }

 private:
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t state_;
  bool spare_ = false;
  double second_ = 0;
};

// The q-quantile of sorted values, interpolating between order statistics (R's type 7).
double quantile_type7(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return kNaN;
  const double h = (static_cast<double>(sorted.size()) - 1) * q;
  const size_t below = static_cast<size_t>(std::floor(h));
  const size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

// With the populations fixed, the population-weighted least-squares fit is linear in the rates:
// SII = sum(sii[i] x rate[i]) and the mean rate = sum(mean[i] x rate[i]); so each simulation costs 20
// multiplications.
struct SlopeWeights {
  std::array<double, 10> sii{}, mean{};
  bool fits = false;  // at least two populated deciles
};

SlopeWeights slope_weights(const std::array<double, 10>& populations) {
  SlopeWeights w;
  double total = 0;
  for (double n : populations) {
    if (!(n >= 0)) throw std::invalid_argument("a decile's population must be non-negative");
    total += n;
  }
  if (total == 0) return w;
  // Each decile sits at the midpoint of its share of the cumulative population, most deprived from 0.
  std::array<double, 10> rank{};
  double cumulative = 0, mean_rank = 0;
  for (int i = 0; i < kDeciles; ++i) {
    rank[i] = (cumulative + populations[i] / 2) / total;
    cumulative += populations[i];
    mean_rank += populations[i] * rank[i] / total;
    w.mean[i] = populations[i] / total;
  }
  double spread = 0;
  for (int i = 0; i < kDeciles; ++i) spread += populations[i] * (rank[i] - mean_rank) * (rank[i] - mean_rank);
  if (spread == 0) return w;  // one populated decile: no gradient to fit
  // Minus the slope: the fitted rate at rank 0 minus that at rank 1.
  for (int i = 0; i < kDeciles; ++i) w.sii[i] = -populations[i] * (rank[i] - mean_rank) / spread;
  w.fits = true;
  return w;
}

SlopeEstimate slope_of(const SlopeWeights& w, const std::array<double, 10>& rates) {
  if (!w.fits) return {kNaN, kNaN};
  double sii = 0, mean_rate = 0;
  for (int i = 0; i < kDeciles; ++i) {
    if (w.mean[i] == 0) continue;  // an empty decile's rate carries no weight, whatever it is
    sii += w.sii[i] * rates[i];
    mean_rate += w.mean[i] * rates[i];
  }
  return {sii, mean_rate == 0 ? kNaN : sii / mean_rate};
}

}  // namespace

std::string_view measure_key(InequalityMeasure m) {
  switch (m) {
    case InequalityMeasure::EmergencyAdmissions: return "emergency_admissions";
    case InequalityMeasure::AeAttendances: return "ae_attendances";
    case InequalityMeasure::ElectiveActivity: return "elective_activity";
    case InequalityMeasure::Mortality: return "mortality";
  }
  return "";
}

std::string measure_label(InequalityMeasure m) {
  switch (m) {
    case InequalityMeasure::EmergencyAdmissions: return "Emergency admissions";
    case InequalityMeasure::AeAttendances: return "A&E attendances";
    case InequalityMeasure::ElectiveActivity: return "Elective activity";
    case InequalityMeasure::Mortality: return "Mortality";
  }
  return "";
}

std::string_view dimension_key(InequalityDimension d) {
  switch (d) {
    case InequalityDimension::ImdQuintile: return "imd_quintile";
    case InequalityDimension::EthnicGroup: return "ethnic_group";
    case InequalityDimension::Pcn: return "pcn";
    case InequalityDimension::Place: return "place";
    case InequalityDimension::Core20: return "core20";
  }
  return "";
}

std::string dimension_label(InequalityDimension d) {
  switch (d) {
    case InequalityDimension::ImdQuintile: return "IMD quintile";
    case InequalityDimension::EthnicGroup: return "Ethnic group";
    case InequalityDimension::Pcn: return "PCN";
    case InequalityDimension::Place: return "Place";
    case InequalityDimension::Core20: return "Core20";
  }
  return "";
}

double measure_events(InequalityMeasure m, const PersonFacts& facts) { return events_of(m, facts); }

SlopeEstimate slope_index_estimate(const std::array<double, 10>& rates, const std::array<double, 10>& populations) {
  return slope_of(slope_weights(populations), rates);
}

SlopeIndex slope_index(InequalityMeasure measure, const std::array<StandardisedRate, 10>& deciles,
                       unsigned simulations, uint64_t seed) {
  std::array<double, 10> rates{}, populations{}, standard_errors{};
  for (int i = 0; i < kDeciles; ++i) {
    rates[i] = deciles[i].rate;
    populations[i] = deciles[i].population;
    standard_errors[i] = (deciles[i].upper - deciles[i].lower) / (2 * kZ95);
  }
  SlopeIndex s;
  s.measure = measure;
  const SlopeWeights weights = slope_weights(populations);
  const SlopeEstimate point = slope_of(weights, rates);
  s.sii = point.sii;
  s.rii = point.rii;
  s.sii_lower = s.sii_upper = s.rii_lower = s.rii_upper = kNaN;
  if (simulations == 0 || std::isnan(point.sii)) return s;

  Random random(seed);
  std::vector<double> siis, riis;
  siis.reserve(simulations);
  riis.reserve(simulations);
  for (unsigned k = 0; k < simulations; ++k) {
    std::array<double, 10> simulated{};
    for (int i = 0; i < kDeciles; ++i) simulated[i] = rates[i] + standard_errors[i] * random.normal();
    const SlopeEstimate e = slope_of(weights, simulated);
    siis.push_back(e.sii);
    if (!std::isnan(e.rii)) riis.push_back(e.rii);
  }
  std::sort(siis.begin(), siis.end());
  std::sort(riis.begin(), riis.end());
  s.sii_lower = quantile_type7(siis, 0.025);
  s.sii_upper = quantile_type7(siis, 0.975);
  s.rii_lower = quantile_type7(riis, 0.025);
  s.rii_upper = quantile_type7(riis, 0.975);
  return s;
}

InequalityReport measure_inequalities(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                                      const std::vector<PersonFacts>& facts_at, Date at, unsigned threads) {
  if (facts_year_before.size() != population.person_count() || facts_at.size() != population.person_count())
    throw std::invalid_argument("measure_inequalities needs facts for every person");
  const SlotLayout layout(population.geography);
  const std::vector<int64_t> tally = tally_groups(population, facts_year_before, facts_at, layout, threads);

  InequalityReport report;
  report.at = at;
  std::array<std::vector<Group>, kInequalityDimensionCount> groups;
  for (int d = 0; d < kInequalityDimensionCount; ++d) groups[d] = groups_of(kDimensions[d], population, tally, layout);
  std::array<BandCounts, kDeciles> deciles{};
  for (int i = 0; i < kDeciles; ++i) deciles[i].add(tally, static_cast<size_t>(i));

  for (int m = 0; m < kInequalityMeasureCount; ++m) {
    for (int d = 0; d < kInequalityDimensionCount; ++d) {
      for (const Group& g : groups[d]) {
        report.rows.push_back({kMeasures[m], kDimensions[d], g.label,
                               directly_standardised_rate(g.counts.events[m], g.counts.population)});
      }
    }
    std::array<StandardisedRate, kDeciles> decile_rates;
    for (int i = 0; i < kDeciles; ++i)
      decile_rates[i] = directly_standardised_rate(deciles[i].events[m], deciles[i].population);
    report.slopes.push_back(slope_index(kMeasures[m], decile_rates));

    const auto& core20 = groups[static_cast<int>(InequalityDimension::Core20)];
    const StandardisedRate core = directly_standardised_rate(core20[0].counts.events[m], core20[0].counts.population);
    const StandardisedRate rest = directly_standardised_rate(core20[1].counts.events[m], core20[1].counts.population);
    report.core20_rate_ratio[m] = rest.rate > 0 ? core.rate / rest.rate : kNaN;
  }
  return report;
}

}  // namespace ics::phm
