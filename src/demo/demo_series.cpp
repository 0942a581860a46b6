#include "demo/demo_series.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <stdexcept>
#include <string>

#include "demo/demo_profiles.h"

namespace ics::demo {
namespace {

// Below this mean, counts are drawn from a Poisson distribution (rare events: MRSA, never events).
constexpr double kPoissonBelow = 30;
// Month-to-month spread of a percent metric's denominator, as a fraction of its volume.
constexpr double kVolumeNoise = 0.04;

// FNV-1a, so each (metric, organisation) series has its own stream whatever order profiles are in.
uint64_t fnv1a(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

double winter_weight(Month m) {
  if (m.month == 12 || m.month == 1 || m.month == 2) return 1.0;
  if (m.month == 11 || m.month == 3) return 0.5;
  return 0.0;
}

double round_to(double value, double step) { return std::round(value / step) * step; }

// One month's movement away from the level, before noise.
double movement(const SeriesProfile& p, Month m) {
  const double years = (m.index() - kFirstMonth.index()) / 12.0;
  const double step = p.shift_from && m >= *p.shift_from ? p.shift : 0.0;
  return p.trend_per_year * years + step + p.winter * winter_weight(m);
}

Observation generate(const SeriesProfile& p, const OrgLevel& org, MetricUnit unit, Month m, std::mt19937_64& rng) {
  std::normal_distribution<double> normal(0.0, 1.0);
  const double z = normal(rng);
  Observation o{p.metric_id, org.org_code, m, std::nullopt, std::nullopt, 0.0};
  switch (unit) {
    case MetricUnit::Count: {
      const double mean = std::max(0.0, org.level * (1.0 + movement(p, m)));
      if (org.level < kPoissonBelow) {
        o.value = static_cast<double>(std::poisson_distribution<int>(std::max(mean, 1e-9))(rng));
      } else {
        o.value = std::max(0.0, std::round(mean * (1.0 + p.noise * z)));
      }
      break;
    }
    case MetricUnit::Percent: {
      const double proportion = std::clamp(org.level + movement(p, m) + p.noise * z, 0.0, 1.0);
      if (org.volume > 0) {
        const double den = std::max(1.0, std::round(org.volume * (1.0 + kVolumeNoise * normal(rng))));
        o.numerator = std::round(proportion * den);
        o.denominator = den;
        o.value = *o.numerator / den;
      } else {
        o.value = round_to(proportion, 0.0001);
      }
      break;
    }
    case MetricUnit::Minutes:
    case MetricUnit::Rate:
    case MetricUnit::Ratio:
      o.value = round_to(std::max(0.0, org.level + movement(p, m) + p.noise * z), 0.01);
      break;
  }
  return o;
}

}  // namespace

std::vector<Observation> generate_demo_observations(const std::vector<Metric>& catalogue, uint64_t seed) {
  std::map<std::string, MetricUnit> units;
  for (const auto& m : catalogue) units[m.id] = m.unit;
  std::vector<Observation> out;
  for (const auto& profile : demo_profiles()) {
    auto unit = units.find(profile.metric_id);
    if (unit == units.end())
      throw std::invalid_argument("demo profile for unknown metric \"" + profile.metric_id + "\"");
    const Month first = std::max(kFirstMonth, profile.first_month.value_or(kFirstMonth));
    for (const auto& org : profile.orgs) {
      std::mt19937_64 rng(seed ^ fnv1a(profile.metric_id + '/' + org.org_code));
      for (Month m = first; m <= kLastMonth; m = m.next()) out.push_back(generate(profile, org, unit->second, m, rng));
    }
  }
  return out;
}

}  // namespace ics::demo
