#pragma once
// Logistic regression fitted by iteratively reweighted least squares (Newton's method), written here
// because the model is small (tens of features, millions of rows) and needs nothing more. Also the
// measures of a risk score's quality: AUC and calibration by decile.
#include <cstdint>
#include <span>
#include <vector>

namespace ics::phm {

// Rows of features, row-major: row i is x[i*feature_count .. (i+1)*feature_count).
struct DesignMatrix {
  size_t feature_count = 0;
  std::vector<double> x;
  std::vector<uint8_t> y;  // 0 or 1, one per row
  size_t rows() const { return y.size(); }
};

struct FitOptions {
  int max_iterations = 25;
  double tolerance = 1e-8;  // stop when the largest coefficient change is below this
  double ridge = 1e-6;      // L2 penalty on all but the first (intercept) coefficient, for stability
  unsigned threads = 0;     // 0 = the machine's cores
};

struct LogisticFit {
  std::vector<double> coefficients;     // one per feature
  std::vector<double> standard_errors;  // from the inverse information matrix
  int iterations = 0;
  bool converged = false;
  double log_likelihood = 0;
};

// Fits P(y=1) = 1 / (1 + exp(-x·b)) by Newton's method with step halving, summing X'WX on options.threads
// threads (the result does not depend on the count). Throws std::invalid_argument for an empty or
// inconsistent matrix, an outcome other than 0/1, a non-finite value, or (ridge 0) a singular design.
LogisticFit fit_logistic(const DesignMatrix& data, const FitOptions& options = {});

// 1 / (1 + exp(-x·b)). Throws std::invalid_argument when the sizes differ.
double predict_probability(std::span<const double> coefficients, std::span<const double> features);

// Area under the ROC curve (the probability that a random positive scores above a random negative,
// ties counting a half). NaN when there are no positives or no negatives. Throws std::invalid_argument
// when the sizes differ or a score is NaN (as does calibration_by_decile).
double area_under_curve(std::span<const double> scores, std::span<const uint8_t> outcomes);

// Calibration: rows sorted by score and cut into ten groups of equal size (the last takes the
// remainder, ties in score kept in row order); each decile's mean predicted probability and observed
// rate. Empty for no rows; with fewer than ten rows the first nine deciles are empty (persons 0).
struct CalibrationDecile {
  int decile = 0;  // 1 = lowest predicted risk
  int64_t persons = 0;
  double mean_predicted = 0;
  double observed_rate = 0;
  int64_t observed_events = 0;
};
std::vector<CalibrationDecile> calibration_by_decile(std::span<const double> scores,
                                                     std::span<const uint8_t> outcomes);

}  // namespace ics::phm
