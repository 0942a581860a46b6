// Rates and ratios for comparing populations: ESP 2013 weights, Poisson limits (exact and Byar's), DSRs
// with Dobson's intervals, crude rates, indirectly standardised ratios and funnel limits, all against
// values worked by hand or by an independent second method.
#include "phm/standardisation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ics::phm {
namespace {

constexpr double kZ = 1.959963984540054;

// The Poisson CDF by direct summation of the probabilities, independent of the code under test (terms
// more than 40 standard deviations below the mean are below 1e-300 and skipped).
double poisson_cdf(int k, double mean) {
  double sum = 0;
  for (int i = std::max(0, static_cast<int>(mean - 40 * std::sqrt(mean))); i <= k; ++i)
    sum += std::exp(i * std::log(mean) - mean - std::lgamma(i + 1.0));
  return sum;
}

// Bisection for the mean at which f changes sign from negative to positive.
template <class F>
double bisect(F f, double lo, double hi) {
  for (int i = 0; i < 80; ++i) {
    double mid = (lo + hi) / 2;
    (f(mid) > 0 ? hi : lo) = mid;
  }
  return (lo + hi) / 2;
}

// Exact 95% limits for an observed count o: the means at which P(X >= o) and P(X <= o) are 2.5%.
CountInterval exact_by_bisection(int o) {
  CountInterval c;
  const double hi = o + 10 * std::sqrt(o) + 100.0;
  c.lower = o == 0 ? 0 : bisect([&](double mu) { return (1 - poisson_cdf(o - 1, mu)) - 0.025; }, 1e-9, hi);
  c.upper = bisect([&](double mu) { return 0.025 - poisson_cdf(o, mu); }, 1e-9, hi);
  return c;
}

TEST(PhmStandardisation, EuropeanStandardPopulationSumsTo100000) {
  double total = 0;
  for (double w : kEuropeanStandardPopulation2013) total += w;
  EXPECT_EQ(total, 100000);
  EXPECT_EQ(kEuropeanStandardPopulation2013[0], 5000);   // 0-4
  EXPECT_EQ(kEuropeanStandardPopulation2013[7], 7000);   // 35-39
  EXPECT_EQ(kEuropeanStandardPopulation2013[11], 6500);  // 55-59
  EXPECT_EQ(kEuropeanStandardPopulation2013[18], 1000);  // 90+
}

TEST(PhmStandardisation, SmallCountsGetExactLimits) {
  // Published exact values: 0 -> [0, 3.6889] (-ln 0.025), 1 -> [0.0253, 5.5716], 5 -> [1.6235, 11.6683].
  const CountInterval zero = poisson_limits(0);
  EXPECT_EQ(zero.lower, 0);
  EXPECT_NEAR(zero.upper, -std::log(0.025), 1e-9);
  EXPECT_NEAR(poisson_limits(1).lower, 0.0253178, 1e-6);
  EXPECT_NEAR(poisson_limits(1).upper, 5.5716434, 1e-6);
  for (int o : {0, 1, 2, 5, 9}) {
    const CountInterval exact = exact_by_bisection(o);
    EXPECT_NEAR(poisson_limits(o).lower, exact.lower, 1e-9 + exact.lower * 1e-9) << o;
    EXPECT_NEAR(poisson_limits(o).upper, exact.upper, exact.upper * 1e-9) << o;
  }
}

TEST(PhmStandardisation, CountsFromTenUseByarsApproximation) {
  // O = 10: lower 10 (1 - 1/90 - z/(3 sqrt 10))^3 = 10 x 0.782291^3 = 4.78745;
  //         upper 11 (1 - 1/99 + z/(3 sqrt 11))^3 = 18.39146. Exact: 4.7954, 18.3904.
  const CountInterval ten = poisson_limits(10);
  EXPECT_NEAR(ten.lower, 10 * std::pow(1 - 1.0 / 90 - kZ / (3 * std::sqrt(10.0)), 3), 1e-12);
  EXPECT_NEAR(ten.lower, 4.78745, 1e-5);
  EXPECT_NEAR(ten.upper, 18.39146, 1e-5);
  const CountInterval exact10 = exact_by_bisection(10);
  EXPECT_NEAR(exact10.lower, 4.7954, 1e-4);
  EXPECT_NEAR(exact10.upper, 18.3904, 1e-4);
  // Byar's is within 0.2% of exact at 10 and agrees to 3 significant figures from 20 up.
  EXPECT_NEAR(ten.lower / exact10.lower, 1, 0.002);
  EXPECT_NEAR(ten.upper / exact10.upper, 1, 0.0001);
  for (int o : {20, 70, 100}) {
    const CountInterval exact = exact_by_bisection(o);
    EXPECT_NEAR(poisson_limits(o).lower / exact.lower, 1, 5e-4) << o;
    EXPECT_NEAR(poisson_limits(o).upper / exact.upper, 1, 5e-4) << o;
  }
  EXPECT_NEAR(poisson_limits(100).lower, 81.362, 1e-3);  // exact 81.364
  EXPECT_NEAR(poisson_limits(100).upper, 121.628, 1e-3);  // exact 121.627
}

TEST(PhmStandardisation, NinetyNinePointEightLimitsAreWider) {
  const CountInterval c95 = poisson_limits(50), c998 = poisson_limits(50, 3.090232306167813);
  EXPECT_LT(c998.lower, c95.lower);
  EXPECT_GT(c998.upper, c95.upper);
}

TEST(PhmStandardisation, NegativeCountsAreRefused) {
  EXPECT_THROW(poisson_limits(-1), std::invalid_argument);
  EXPECT_THROW(crude_rate(-1, 10), std::invalid_argument);
  EXPECT_THROW(indirectly_standardised_ratio(1, -2), std::invalid_argument);
}

std::array<double, kAgeBandCount> filled(double value) {
  std::array<double, kAgeBandCount> a{};
  a.fill(value);
  return a;
}

TEST(PhmStandardisation, DirectlyStandardisedRateWithDobsonLimitsByHand) {
  // 1,000 persons in every band; events only in 0-4 (10, w 5000), 65-69 (20, w 5500), 80-84 (40, w 2500).
  // DSR = sum(w e / n) / sum(w) x 100,000 = (5000x10 + 5500x20 + 2500x40) / 1000 = 50 + 110 + 100 = 260.
  // var(DSR) = (5000^2 x 10 + 5500^2 x 20 + 2500^2 x 40) / 1000^2 / 100000^2 = 1.105e9 / 1e16 = 1.105e-7.
  // O = 70; Byar's limits of 70: 54.56610, 88.44207; sqrt(var / O) = sqrt(1.105e-7 / 70) = 3.973124e-5.
  // lower = 260 + 3.973124e-5 x (54.56610 - 70) x 100,000 = 198.679; upper = 260 + ... x 18.44207 = 333.273.
  std::array<double, kAgeBandCount> events{}, population = filled(1000);
  events[0] = 10;
  events[13] = 20;
  events[16] = 40;
  const StandardisedRate r = directly_standardised_rate(events, population);
  EXPECT_TRUE(r.valid);
  EXPECT_EQ(r.events, 70);
  EXPECT_EQ(r.population, 19000);
  EXPECT_NEAR(r.rate, 260, 1e-9);
  EXPECT_NEAR(r.lower, 198.679, 1e-3);
  EXPECT_NEAR(r.upper, 333.273, 1e-3);
}

TEST(PhmStandardisation, EqualRatesInEveryBandStandardiseToThatRate) {
  // 2% in every band whatever the populations: the DSR is 2,000 per 100,000.
  std::array<double, kAgeBandCount> events{}, population{};
  for (int b = 0; b < kAgeBandCount; ++b) {
    population[b] = 500.0 * (b + 1);
    events[b] = population[b] * 0.02;
  }
  EXPECT_NEAR(directly_standardised_rate(events, population).rate, 2000, 1e-9);
}

TEST(PhmStandardisation, OneBandAloneGivesTheCrudeRateAndLimits) {
  // Only 0-4 populated: its weight is renormalised to 1, so DSR and Dobson's limits are the crude ones:
  // 10 / 1000 = 1,000 per 100,000, limits 4.78745 / 1000 and 18.39146 / 1000 x 100,000.
  std::array<double, kAgeBandCount> events{}, population{};
  events[0] = 10;
  population[0] = 1000;
  const StandardisedRate r = directly_standardised_rate(events, population);
  EXPECT_FALSE(r.valid);
  EXPECT_NEAR(r.rate, 1000, 1e-9);
  EXPECT_NEAR(r.lower, 478.745, 1e-3);
  EXPECT_NEAR(r.upper, 1839.146, 1e-3);
  const StandardisedRate crude = crude_rate(10, 1000);
  EXPECT_TRUE(crude.valid);
  EXPECT_NEAR(crude.rate, r.rate, 1e-9);
  EXPECT_NEAR(crude.lower, r.lower, 1e-9);
  EXPECT_NEAR(crude.upper, r.upper, 1e-9);
}

TEST(PhmStandardisation, ZeroEventsGiveZeroRateAndAnUpperLimitFromPoissonZero) {
  // One band of 1,000: upper = 3.68888 / 1000 x 100,000 = 368.888.
  std::array<double, kAgeBandCount> events{}, population{};
  population[3] = 1000;
  StandardisedRate r = directly_standardised_rate(events, population);
  EXPECT_EQ(r.rate, 0);
  EXPECT_EQ(r.lower, 0);
  EXPECT_NEAR(r.upper, 368.888, 1e-3);
  // Every band 1,000: sqrt(sum(w^2 / 1000) / 19000) / 100000 x 3.68888 x 100000.
  r = directly_standardised_rate(events, filled(1000));
  double sum_w2 = 0;
  for (double w : kEuropeanStandardPopulation2013) sum_w2 += w * w;
  EXPECT_NEAR(r.upper, std::sqrt(sum_w2 / 1000 / 19000) / 100000 * 3.6888794541 * 100000, 1e-6);
  EXPECT_TRUE(r.valid);
}

TEST(PhmStandardisation, EventsWithoutPopulationAreAnError) {
  std::array<double, kAgeBandCount> events{}, population = filled(100);
  events[5] = 1;
  population[5] = 0;
  EXPECT_THROW(directly_standardised_rate(events, population), std::invalid_argument);
  const StandardisedRate nobody = directly_standardised_rate({}, {});
  EXPECT_FALSE(nobody.valid);
  EXPECT_EQ(nobody.rate, 0);
}

TEST(PhmStandardisation, IndirectlyStandardisedRatioByHand) {
  // 20 observed, 16 expected: 1.25; Byar's limits of 20 are 12.21143 and 30.88988, / 16 = 0.76321, 1.93062.
  const StandardisedRatio r = indirectly_standardised_ratio(20, 16);
  EXPECT_DOUBLE_EQ(r.ratio, 1.25);
  EXPECT_NEAR(r.lower, 0.763214, 1e-6);
  EXPECT_NEAR(r.upper, 1.930618, 1e-6);
  // 3 observed (exact limits 0.61835, 8.76727), 2 expected.
  const StandardisedRatio small = indirectly_standardised_ratio(3, 2);
  EXPECT_NEAR(small.lower, exact_by_bisection(3).lower / 2, 1e-9);
  EXPECT_NEAR(small.upper, exact_by_bisection(3).upper / 2, 1e-9);
  EXPECT_TRUE(std::isnan(indirectly_standardised_ratio(0, 0).ratio));
}

TEST(PhmStandardisation, FunnelLimitsAreTheExactLimitsOfExpectedOverExpected) {
  // E = 10 and 100 are whole counts, so the limits are the exact limits of 10 and 100 observed, / E.
  for (int e : {10, 100}) {
    const CountInterval exact = exact_by_bisection(e);
    const FunnelLimits f = funnel_limits(e);
    EXPECT_NEAR(f.lower95, exact.lower / e, 1e-9) << e;
    EXPECT_NEAR(f.upper95, exact.upper / e, 1e-9) << e;
  }
  // From 10,000 Byar's stands in for the exact limits: they agree to 2 parts in 10^8 (1.6e-8 measured).
  const CountInterval exact = exact_by_bisection(10000);
  EXPECT_NEAR(funnel_limits(10000).lower95 / (exact.lower / 10000), 1, 2e-8);
  EXPECT_NEAR(funnel_limits(10000).upper95 / (exact.upper / 10000), 1, 2e-8);
  EXPECT_NEAR(funnel_limits(10).lower95, 0.47954, 1e-5);
  EXPECT_NEAR(funnel_limits(10).upper95, 1.83904, 1e-5);
}

TEST(PhmStandardisation, FunnelLimitsContainOneAndNarrowAsExpectedGrows) {
  FunnelLimits previous = funnel_limits(2.5);
  for (double e : {10.0, 100.0, 1000.0, 123456.7}) {
    const FunnelLimits f = funnel_limits(e);
    EXPECT_LT(f.lower998, f.lower95) << e;
    EXPECT_LT(f.lower95, 1) << e;
    EXPECT_GT(f.upper95, 1) << e;
    EXPECT_GT(f.upper998, f.upper95) << e;
    EXPECT_GT(f.lower95, previous.lower95) << e;
    EXPECT_LT(f.upper95, previous.upper95) << e;
    EXPECT_GT(f.lower998, previous.lower998) << e;
    EXPECT_LT(f.upper998, previous.upper998) << e;
    previous = f;
  }
  // At E = 1000 the 95% funnel is about 1 -/+ 1.96 / sqrt(1000) = 1 -/+ 0.062.
  EXPECT_NEAR(funnel_limits(1000).lower95, 0.9391, 5e-4);
  EXPECT_NEAR(funnel_limits(1000).upper95, 1.0640, 5e-4);
  const FunnelLimits none = funnel_limits(0);
  EXPECT_EQ(none.lower95, 0);
  EXPECT_TRUE(std::isinf(none.upper95));
}

TEST(PhmStandardisation, FunnelLimitsAreSmoothAtFractionalExpectedCounts) {
  // Non-integer E: still between the limits at the neighbouring whole counts.
  const FunnelLimits a = funnel_limits(7), b = funnel_limits(7.5), c = funnel_limits(8);
  EXPECT_GT(b.lower95, a.lower95);
  EXPECT_LT(b.lower95, c.lower95);
  EXPECT_LT(b.upper95, a.upper95);
  EXPECT_GT(b.upper95, c.upper95);
}

}  // namespace
}  // namespace ics::phm
