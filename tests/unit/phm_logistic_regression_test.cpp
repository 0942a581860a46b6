// Logistic regression by Newton's method, AUC and calibration by decile, against hand-worked values.
#include "phm/logistic_regression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

namespace ics::phm {
namespace {

// Rows (1, x) with outcome y, `copies` times over.
DesignMatrix binary_feature_design(int copies) {
  // Group x=0: 10 rows, 2 events. Group x=1: 10 rows, 6 events.
  DesignMatrix d;
  d.feature_count = 2;
  for (int c = 0; c < copies; ++c)
    for (int group = 0; group < 2; ++group)
      for (int i = 0; i < 10; ++i) {
        d.x.push_back(1.0);
        d.x.push_back(group);
        d.y.push_back(i < (group == 0 ? 2 : 6) ? 1 : 0);
      }
  return d;
}

TEST(PhmLogisticRegression, SingleBinaryFeatureGivesTheLogOddsAndLogOddsRatio) {
  FitOptions exact;
  exact.ridge = 0;
  LogisticFit fit = fit_logistic(binary_feature_design(1), exact);
  ASSERT_TRUE(fit.converged);
  ASSERT_EQ(fit.coefficients.size(), 2u);
  // Intercept: log odds in group 0 = log(2/8); slope: log odds ratio = log(6/4) - log(2/8).
  EXPECT_NEAR(fit.coefficients[0], std::log(2.0 / 8.0), 1e-9);
  EXPECT_NEAR(fit.coefficients[1], std::log(6.0 / 4.0) - std::log(2.0 / 8.0), 1e-9);
  EXPECT_NEAR(fit.coefficients[1], 1.791759469, 1e-8);
  // Woolf's standard errors: sqrt(1/a + 1/b) and sqrt(1/a + 1/b + 1/c + 1/d).
  EXPECT_NEAR(fit.standard_errors[0], std::sqrt(1.0 / 2 + 1.0 / 8), 1e-7);
  EXPECT_NEAR(fit.standard_errors[1], std::sqrt(1.0 / 2 + 1.0 / 8 + 1.0 / 6 + 1.0 / 4), 1e-7);
  // 2 log 0.2 + 8 log 0.8 + 6 log 0.6 + 4 log 0.4.
  EXPECT_NEAR(fit.log_likelihood, -11.734141, 1e-6);
  EXPECT_LT(fit.iterations, 10);
}

TEST(PhmLogisticRegression, ResultDoesNotDependOnTheNumberOfThreads) {
  // 20,000 rows: enough for the rows to be split between threads.
  DesignMatrix d = binary_feature_design(1000);
  FitOptions options;
  options.threads = 1;
  LogisticFit one = fit_logistic(d, options);
  options.threads = 2;
  LogisticFit two = fit_logistic(d, options);
  options.threads = 3;
  LogisticFit three = fit_logistic(d, options);
  EXPECT_EQ(one.coefficients, two.coefficients);
  EXPECT_EQ(one.coefficients, three.coefficients);
  EXPECT_EQ(one.standard_errors, two.standard_errors);
  EXPECT_EQ(one.log_likelihood, three.log_likelihood);
  // The same odds as one copy; standard errors shrink by sqrt(1000). The ridge (1e-6) moves nothing visible.
  EXPECT_NEAR(one.coefficients[0], std::log(0.25), 1e-6);
  EXPECT_NEAR(one.coefficients[1], 1.791759469, 1e-6);
  EXPECT_NEAR(one.standard_errors[1], std::sqrt((0.5 + 0.125 + 1.0 / 6 + 0.25) / 1000), 1e-6);
}

// Uniform in [0, 1) from the 64-bit Mersenne Twister, whose output the standard fixes, so the data are
// the same with every standard library.
double uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

TEST(PhmLogisticRegression, RecoversTheCoefficientsOfASimulatedDesign) {
  const double b0 = -1.0, b1 = 0.8, b2 = -0.5;
  std::mt19937_64 rng(20260401);
  DesignMatrix d;
  d.feature_count = 3;
  for (int i = 0; i < 20000; ++i) {
    const double x1 = uniform(rng) * 4 - 2;          // continuous, -2..2
    const double x2 = uniform(rng) < 0.3 ? 1.0 : 0;  // a flag
    const double p = 1 / (1 + std::exp(-(b0 + b1 * x1 + b2 * x2)));
    d.x.insert(d.x.end(), {1.0, x1, x2});
    d.y.push_back(uniform(rng) < p ? 1 : 0);
  }
  LogisticFit fit = fit_logistic(d);
  ASSERT_TRUE(fit.converged);
  const double truth[] = {b0, b1, b2};
  for (int j = 0; j < 3; ++j) {
    EXPECT_GT(fit.standard_errors[j], 0.005) << j;
    EXPECT_LT(fit.standard_errors[j], 0.06) << j;
    EXPECT_NEAR(fit.coefficients[j], truth[j], 4 * fit.standard_errors[j]) << j;
  }
  // Swapping the two features' coefficients would be far outside those bounds.
  EXPECT_GT(std::abs(b1 - b2), 8 * (fit.standard_errors[1] + fit.standard_errors[2]));
}

TEST(PhmLogisticRegression, PerfectSeparationStaysFiniteWithTheRidge) {
  DesignMatrix d;
  d.feature_count = 2;
  for (double t : {-2.0, -1.5, -1.0, 1.0, 1.5, 2.0}) {
    d.x.insert(d.x.end(), {1.0, t});
    d.y.push_back(t > 0 ? 1 : 0);
  }
  LogisticFit fit = fit_logistic(d);
  for (size_t j = 0; j < 2; ++j) {
    EXPECT_TRUE(std::isfinite(fit.coefficients[j])) << j;
    EXPECT_TRUE(std::isfinite(fit.standard_errors[j])) << j;
  }
  EXPECT_TRUE(std::isfinite(fit.log_likelihood));
  EXPECT_GT(fit.coefficients[1], 5);  // steep, as the data ask
  EXPECT_GT(predict_probability(fit.coefficients, std::vector<double>{1.0, 1.0}), 0.99);
  EXPECT_LT(predict_probability(fit.coefficients, std::vector<double>{1.0, -1.0}), 0.01);
}

TEST(PhmLogisticRegression, OneOutcomeOnlyStaysFinite) {
  DesignMatrix d;
  d.feature_count = 2;
  for (int i = 0; i < 50; ++i) {
    d.x.insert(d.x.end(), {1.0, i % 5 * 1.0});
    d.y.push_back(0);
  }
  LogisticFit fit = fit_logistic(d);
  EXPECT_TRUE(std::isfinite(fit.coefficients[0]));
  EXPECT_TRUE(std::isfinite(fit.coefficients[1]));
  EXPECT_LT(predict_probability(fit.coefficients, std::vector<double>{1.0, 2.0}), 1e-6);
}

TEST(PhmLogisticRegression, RefusesBadDesigns) {
  EXPECT_THROW(fit_logistic(DesignMatrix{}), std::invalid_argument);
  DesignMatrix no_rows;
  no_rows.feature_count = 2;
  EXPECT_THROW(fit_logistic(no_rows), std::invalid_argument);
  DesignMatrix short_x;
  short_x.feature_count = 2;
  short_x.x = {1.0, 0.0, 1.0};
  short_x.y = {0, 1};
  EXPECT_THROW(fit_logistic(short_x), std::invalid_argument);
  DesignMatrix bad_outcome = binary_feature_design(1);
  bad_outcome.y[3] = 2;
  EXPECT_THROW(fit_logistic(bad_outcome), std::invalid_argument);
  DesignMatrix not_finite = binary_feature_design(1);
  not_finite.x[5] = std::nan("");
  EXPECT_THROW(fit_logistic(not_finite), std::invalid_argument);
  // A feature that is always 0 cannot be estimated without the ridge.
  DesignMatrix constant;
  constant.feature_count = 2;
  constant.x = {1, 0, 1, 0, 1, 0};
  constant.y = {0, 1, 1};
  FitOptions no_ridge;
  no_ridge.ridge = 0;
  EXPECT_THROW(fit_logistic(constant, no_ridge), std::invalid_argument);
  LogisticFit with_ridge = fit_logistic(constant);
  EXPECT_NEAR(with_ridge.coefficients[0], std::log(2.0), 1e-9);
  EXPECT_EQ(with_ridge.coefficients[1], 0.0);
}

TEST(PhmLogisticRegression, PredictsTheLogisticOfTheLinearScore) {
  EXPECT_NEAR(predict_probability(std::vector<double>{0.5, -1}, std::vector<double>{1, 2}), 0.18242552380635635,
              1e-15);
  EXPECT_EQ(predict_probability(std::vector<double>{0, 0}, std::vector<double>{1, 2}), 0.5);
  // Far out in either tail: no overflow, no NaN.
  EXPECT_EQ(predict_probability(std::vector<double>{800}, std::vector<double>{1}), 1.0);
  const double tiny = predict_probability(std::vector<double>{-800}, std::vector<double>{1});
  EXPECT_GE(tiny, 0.0);
  EXPECT_LT(tiny, 1e-300);
  EXPECT_THROW(predict_probability(std::vector<double>{1, 2}, std::vector<double>{1}), std::invalid_argument);
}

TEST(PhmAreaUnderCurve, CountsTiesAsHalf) {
  // Positives 0.35, 0.8, 0.4; negatives 0.1, 0.4. Of the 6 pairs the positive is higher in 4 and tied in 1:
  // (4 + 0.5) / 6.
  std::vector<double> scores{0.1, 0.4, 0.35, 0.8, 0.4};
  std::vector<uint8_t> outcomes{0, 0, 1, 1, 1};
  EXPECT_DOUBLE_EQ(area_under_curve(scores, outcomes), 0.75);
}

TEST(PhmAreaUnderCurve, PerfectReversedAndUninformative) {
  std::vector<double> scores{0.1, 0.2, 0.3, 0.4};
  EXPECT_DOUBLE_EQ(area_under_curve(scores, std::vector<uint8_t>{0, 0, 1, 1}), 1.0);
  EXPECT_DOUBLE_EQ(area_under_curve(scores, std::vector<uint8_t>{1, 1, 0, 0}), 0.0);
  EXPECT_DOUBLE_EQ(area_under_curve(std::vector<double>{0.5, 0.5, 0.5, 0.5}, std::vector<uint8_t>{0, 1, 0, 1}), 0.5);
  // Positives 0.3 (above both negatives, 0.1 and 0.2) and 0.15 (above 0.1 only): 3 of 4 pairs.
  EXPECT_DOUBLE_EQ(area_under_curve(std::vector<double>{0.1, 0.3, 0.2, 0.15}, std::vector<uint8_t>{0, 1, 0, 1}), 0.75);
}

TEST(PhmAreaUnderCurve, NaNWithOneClassAndRefusesBadInput) {
  std::vector<double> scores{0.1, 0.2, 0.3};
  EXPECT_TRUE(std::isnan(area_under_curve(scores, std::vector<uint8_t>{0, 0, 0})));
  EXPECT_TRUE(std::isnan(area_under_curve(scores, std::vector<uint8_t>{1, 1, 1})));
  EXPECT_TRUE(std::isnan(area_under_curve(std::vector<double>{}, std::vector<uint8_t>{})));
  EXPECT_THROW(area_under_curve(scores, std::vector<uint8_t>{0, 1}), std::invalid_argument);
  EXPECT_THROW(area_under_curve(std::vector<double>{0.1, std::nan("")}, std::vector<uint8_t>{0, 1}),
               std::invalid_argument);
}

TEST(PhmCalibration, TenEqualGroupsAndTheLastTakesTheRemainder) {
  // 25 rows with scores i/100 for i = 0..24, given in a shuffled order; events where i is a multiple of 3.
  std::vector<double> scores;
  std::vector<uint8_t> outcomes;
  for (int k = 0; k < 25; ++k) {
    const int i = (k * 7) % 25;  // 7 is coprime with 25: every i once
    scores.push_back(i / 100.0);
    outcomes.push_back(i % 3 == 0 ? 1 : 0);
  }
  auto deciles = calibration_by_decile(scores, outcomes);
  ASSERT_EQ(deciles.size(), 10u);
  // 25 / 10 = 2 rows in deciles 1..9 (i = 0,1 | 2,3 | ... | 16,17); decile 10 takes i = 18..24.
  for (int d = 0; d < 9; ++d) {
    EXPECT_EQ(deciles[d].decile, d + 1);
    EXPECT_EQ(deciles[d].persons, 2);
    EXPECT_NEAR(deciles[d].mean_predicted, (2 * d + 0.5) / 100.0, 1e-12) << d;
  }
  EXPECT_EQ(deciles[9].decile, 10);
  EXPECT_EQ(deciles[9].persons, 7);
  EXPECT_NEAR(deciles[9].mean_predicted, 0.21, 1e-12);
  // Events: decile 1 has i=0; 2 has i=3; 3 (4,5) none; 4 (6,7) i=6; ...; 10 has 18, 21, 24.
  const int64_t events[] = {1, 1, 0, 1, 1, 0, 1, 1, 0, 3};
  for (int d = 0; d < 10; ++d) {
    EXPECT_EQ(deciles[d].observed_events, events[d]) << d;
    EXPECT_DOUBLE_EQ(deciles[d].observed_rate, events[d] / static_cast<double>(deciles[d].persons)) << d;
  }
}

TEST(PhmCalibration, EmptyAndTinyInputs) {
  EXPECT_TRUE(calibration_by_decile(std::vector<double>{}, std::vector<uint8_t>{}).empty());
  // Fewer than ten rows: all in the last decile.
  auto deciles = calibration_by_decile(std::vector<double>{0.2, 0.4}, std::vector<uint8_t>{0, 1});
  ASSERT_EQ(deciles.size(), 10u);
  for (int d = 0; d < 9; ++d) EXPECT_EQ(deciles[d].persons, 0);
  EXPECT_EQ(deciles[9].persons, 2);
  EXPECT_DOUBLE_EQ(deciles[9].mean_predicted, 0.3);
  EXPECT_DOUBLE_EQ(deciles[9].observed_rate, 0.5);
  EXPECT_THROW(calibration_by_decile(std::vector<double>{0.2}, std::vector<uint8_t>{0, 1}), std::invalid_argument);
}

}  // namespace
}  // namespace ics::phm
