#include "phm/standardisation.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace ics::phm {

namespace {

constexpr std::array<double, kAgeBandCount> kEsp2013{
    5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
    7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
};
constexpr double sum_of(const std::array<double, kAgeBandCount>& values) {
  double total = 0;
  for (double v : values) total += v;
  return total;
}
static_assert(sum_of(kEsp2013) == 100000, "the ESP 2013 weights sum to 100,000");

constexpr double kPer100k = 100000.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.959963984540054, kZ998 = 3.090232306167813;

// Below this many events OHID (and PHEindicatormethods' phe_rate and phe_isr) use exact limits, because
// Byar's approximation is poor for tiny counts (its lower limit for 1 event is half the exact one).
constexpr double kByarsFrom = 10;
// Above this shape the exact limits and Byar's (the Wilson-Hilferty cube root) agree to 2 parts in 10^8
// (the gap shrinks about 70-fold per factor of 10), while the incomplete gamma series would cost
// thousands of terms per evaluation.
constexpr double kExactUpTo = 1e4;

double byars_lower(double o, double z) {
  if (o <= 0) return 0;
  double c = 1 - 1 / (9 * o) - z / (3 * std::sqrt(o));
  return c <= 0 ? 0 : o * c * c * c;
}

double byars_upper(double o, double z) {
  double n = o + 1;
  double c = 1 - 1 / (9 * n) + z / (3 * std::sqrt(n));
  return n * c * c * c;
}

// The regularised lower incomplete gamma function P(a, x): by its series below a + 1, by the continued
// fraction for the upper part above (Numerical Recipes 6.2), each converging in O(sqrt(a)) terms.
double gamma_p(double a, double x) {
  if (x <= 0) return 0;
  const double log_prefactor = a * std::log(x) - x - std::lgamma(a);
  if (x < a + 1) {
    double term = 1 / a, sum = term;
    for (double n = 1; n < 1e8; ++n) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return sum * std::exp(log_prefactor);
  }
  constexpr double tiny = 1e-300;
  double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
  for (double i = 1; i < 1e8; ++i) {
    double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::fabs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1) < 1e-16) break;
  }
  return 1 - std::exp(log_prefactor) * h;
}

double gamma_density(double a, double x) { return std::exp((a - 1) * std::log(x) - x - std::lgamma(a)); }

// The p-quantile of Gamma(a, 1): Newton's method from the Wilson-Hilferty start (z_p the normal quantile
// of p), kept inside a bracket that bisection narrows whenever a Newton step would leave it.
double gamma_quantile(double p, double a, double z_p) {
  double c = 1 - 1 / (9 * a) + z_p / (3 * std::sqrt(a));
  double x = a * c * c * c;
  if (!(x > 0)) x = std::pow(p * std::tgamma(a + 1), 1 / a);  // P(a, x) ~ x^a / Gamma(a + 1) near 0
  double lo = 0, hi = a + 10 * std::sqrt(a) * (std::fabs(z_p) + 1) + 50;
  while (gamma_p(a, hi) < p) hi *= 2;
  for (int i = 0; i < 200; ++i) {
    double f = gamma_p(a, x) - p;
    if (f < 0) lo = x; else hi = x;
    double next = x - f / gamma_density(a, x);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (std::fabs(next - x) <= 1e-14 * x || hi - lo <= 1e-14 * hi) return next;
    x = next;
  }
  return x;
}

// The exact (Garwood, chi-squared) limits of a Poisson mean having observed o: the alpha/2 quantile of
// Gamma(o) and the 1 - alpha/2 quantile of Gamma(o + 1). o need not be a whole number.
CountInterval exact_poisson_limits(double o, double z) {
  if (o + 1 > kExactUpTo) return {byars_lower(o, z), byars_upper(o, z)};
  const double tail = 0.5 * std::erfc(z / std::sqrt(2.0));
  CountInterval limits;
  limits.lower = o <= 0 ? 0 : gamma_quantile(tail, o, -z);
  limits.upper = gamma_quantile(1 - tail, o + 1, z);
  return limits;
}

void require_count(double value, const char* what) {
  if (!(value >= 0) || !std::isfinite(value))
    throw std::invalid_argument(std::string(what) + " must be a non-negative number, not " + std::to_string(value));
}

}  // namespace

const std::array<double, kAgeBandCount> kEuropeanStandardPopulation2013 = kEsp2013;

CountInterval poisson_limits(double observed, double z) {
  require_count(observed, "an observed count");
  if (observed < kByarsFrom) return exact_poisson_limits(observed, z);
  return {byars_lower(observed, z), byars_upper(observed, z)};
}

StandardisedRate directly_standardised_rate(const std::array<double, kAgeBandCount>& events,
                                            const std::array<double, kAgeBandCount>& population) {
  StandardisedRate r;
  r.valid = true;
  double weights = 0, weighted_rate = 0, variance_numerator = 0, zero_event_variance = 0;
  for (int band = 0; band < kAgeBandCount; ++band) {
    require_count(events[band], "events");
    require_count(population[band], "a population");
    r.events += events[band];
    r.population += population[band];
    if (population[band] == 0) {
      if (events[band] > 0)
        throw std::invalid_argument("age band " + age_band_label(band) + " has events but no population");
      r.valid = false;  // the band's weight is left out and the others' renormalised
      continue;
    }
    const double w = kEuropeanStandardPopulation2013[band], n = population[band];
    weights += w;
    weighted_rate += w * events[band] / n;
    variance_numerator += w * w * events[band] / (n * n);
    zero_event_variance += w * w / n;
  }
  if (weights == 0) return r;  // nobody at all: no rate, not valid
  r.rate = weighted_rate / weights * kPer100k;
  const CountInterval limits = poisson_limits(r.events);
  // Dobson: the DSR moves with the total count as the count moves to its limits. With no events the
  // variance per event is taken as if events followed the population's age structure (the limit as
  // every band's rate falls to the same small value), so one band alone gives the crude limits.
  const double spread = r.events > 0 ? std::sqrt(variance_numerator / r.events) / weights
                                     : std::sqrt(zero_event_variance / r.population) / weights;
  r.lower = (r.rate / kPer100k + spread * (limits.lower - r.events)) * kPer100k;
  r.upper = (r.rate / kPer100k + spread * (limits.upper - r.events)) * kPer100k;
  return r;
}

StandardisedRate crude_rate(double events, double population) {
  require_count(events, "events");
  require_count(population, "a population");
  if (population == 0 && events > 0) throw std::invalid_argument("events with no population");
  StandardisedRate r;
  r.events = events;
  r.population = population;
  r.valid = population > 0;
  if (!r.valid) return r;
  const CountInterval limits = poisson_limits(events);
  r.rate = events / population * kPer100k;
  r.lower = limits.lower / population * kPer100k;
  r.upper = limits.upper / population * kPer100k;
  return r;
}

StandardisedRatio indirectly_standardised_ratio(double observed, double expected) {
  require_count(observed, "an observed count");
  require_count(expected, "an expected count");
  StandardisedRatio r;
  r.observed = observed;
  r.expected = expected;
  if (expected == 0) {
    r.ratio = r.lower = r.upper = kNaN;
    return r;
  }
  const CountInterval limits = poisson_limits(observed);
  r.ratio = observed / expected;
  r.lower = limits.lower / expected;
  r.upper = limits.upper / expected;
  return r;
}

FunnelLimits funnel_limits(double expected) {
  require_count(expected, "an expected count");
  FunnelLimits f;
  if (expected == 0) {
    f.upper95 = f.upper998 = std::numeric_limits<double>::infinity();
    return f;
  }
  const CountInterval l95 = exact_poisson_limits(expected, kZ95), l998 = exact_poisson_limits(expected, kZ998);
  f.lower95 = l95.lower / expected;
  f.upper95 = l95.upper / expected;
  f.lower998 = l998.lower / expected;
  f.upper998 = l998.upper / expected;
  return f;
}

}  // namespace ics::phm
