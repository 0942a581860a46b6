#include "phm/logistic_regression.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "phm/person_facts.h"

namespace ics::phm {
namespace {

// 1 / (1 + exp(-eta)) without overflow for large |eta|.
double sigmoid(double eta) {
  if (eta >= 0) return 1.0 / (1.0 + std::exp(-eta));
  double e = std::exp(eta);
  return e / (1.0 + e);
}


// Log-likelihood (y·eta - log(1 + exp(eta)), written so large |eta| neither overflows nor loses every
// digit), score vector and information matrix (X'WX, upper triangle only) at one point.
struct NewtonTerms {
  double log_likelihood = 0;
  std::vector<double> gradient;     // p
  std::vector<double> information;  // p x p, row-major, upper triangle filled
  explicit NewtonTerms(size_t p) : gradient(p, 0.0), information(p * p, 0.0) {}
  void add(const NewtonTerms& other) {
    log_likelihood += other.log_likelihood;
    for (size_t i = 0; i < gradient.size(); ++i) gradient[i] += other.gradient[i];
    for (size_t i = 0; i < information.size(); ++i) information[i] += other.information[i];
  }
};

// Rows are summed in fixed blocks, each into its own partial, and the partials added in block order, so
// the result is the same whatever the number of threads.
constexpr size_t kRowsPerBlock = 8192;

NewtonTerms newton_terms(const DesignMatrix& data, const std::vector<double>& b, unsigned threads) {
  const size_t p = data.feature_count, n = data.rows();
  const size_t blocks = (n + kRowsPerBlock - 1) / kRowsPerBlock;
  std::vector<NewtonTerms> partial(blocks, NewtonTerms(p));
  // Each chunk takes the blocks that start inside it, so every block is summed exactly once.
  parallel_ranges(n, threads, [&](size_t begin, size_t end) {
    std::vector<size_t> nonzero(p);
    for (size_t block = (begin + kRowsPerBlock - 1) / kRowsPerBlock; block * kRowsPerBlock < end; ++block) {
      NewtonTerms& t = partial[block];
      const size_t row_end = std::min(n, (block + 1) * kRowsPerBlock);
      for (size_t r = block * kRowsPerBlock; r < row_end; ++r) {
        const double* x = &data.x[r * p];
        double eta = 0;
        size_t nz = 0;
        for (size_t j = 0; j < p; ++j) {
          eta += x[j] * b[j];
          if (x[j] != 0) nonzero[nz++] = j;
        }
        // One exponential serves both the probability and the log-likelihood (the hot loop's main cost).
        const double e = std::exp(-std::abs(eta));
        const double mu = eta >= 0 ? 1 / (1 + e) : e / (1 + e), w = mu * (1 - mu), y = data.y[r];
        t.log_likelihood += y * eta - (std::max(eta, 0.0) + std::log1p(e));
        const double residual = y - mu;
        // Most features are 0/1 flags that are 0, so only the nonzero pairs are accumulated.
        for (size_t a = 0; a < nz; ++a) {
          const size_t j = nonzero[a];
          t.gradient[j] += residual * x[j];
          const double wx = w * x[j];
          double* row = &t.information[j * p];
          for (size_t c = a; c < nz; ++c) row[nonzero[c]] += wx * x[nonzero[c]];
        }
      }
    }
  });
  NewtonTerms total(p);
  for (const auto& t : partial) total.add(t);
  return total;
}

// The ridge penalty turns the log-likelihood into the objective the iterations climb.
double penalised(const NewtonTerms& t, const std::vector<double>& b, double ridge) {
  double penalty = 0;
  for (size_t j = 1; j < b.size(); ++j) penalty += b[j] * b[j];
  return t.log_likelihood - 0.5 * ridge * penalty;
}

// Lower-triangular L with L L' = the symmetric matrix whose upper triangle is given; false if it is not
// positive definite.
bool cholesky(const std::vector<double>& upper, size_t p, std::vector<double>& lower) {
  lower.assign(p * p, 0.0);
  for (size_t j = 0; j < p; ++j) {
    double d = upper[j * p + j];
    for (size_t k = 0; k < j; ++k) d -= lower[j * p + k] * lower[j * p + k];
    if (!(d > 0) || !std::isfinite(d)) return false;
    const double diagonal = std::sqrt(d);
    lower[j * p + j] = diagonal;
    for (size_t i = j + 1; i < p; ++i) {
      double s = upper[j * p + i];
      for (size_t k = 0; k < j; ++k) s -= lower[i * p + k] * lower[j * p + k];
      lower[i * p + j] = s / diagonal;
    }
  }
  return true;
}

// Solves L L' z = v.
std::vector<double> cholesky_solve(const std::vector<double>& lower, size_t p, std::vector<double> v) {
  for (size_t i = 0; i < p; ++i) {
    for (size_t k = 0; k < i; ++k) v[i] -= lower[i * p + k] * v[k];
    v[i] /= lower[i * p + i];
  }
  for (size_t i = p; i-- > 0;) {
    for (size_t k = i + 1; k < p; ++k) v[i] -= lower[k * p + i] * v[k];
    v[i] /= lower[i * p + i];
  }
  return v;
}

// The penalised information matrix's Cholesky factor: X'WX plus the ridge on all but the intercept.
std::vector<double> factor_information(const NewtonTerms& t, size_t p, double ridge) {
  std::vector<double> upper = t.information, lower;
  for (size_t j = 1; j < p; ++j) upper[j * p + j] += ridge;
  if (!cholesky(upper, p, lower))
    throw std::invalid_argument(
        "logistic regression: the information matrix is singular (a feature is constant or a copy of others); "
        "use a ridge above 0");
  return lower;
}

void check_design(const DesignMatrix& data) {
  if (data.feature_count == 0) throw std::invalid_argument("logistic regression: no features");
  if (data.rows() == 0) throw std::invalid_argument("logistic regression: no rows");
  if (data.x.size() != data.rows() * data.feature_count)
    throw std::invalid_argument("logistic regression: " + std::to_string(data.x.size()) + " feature values for " +
                                std::to_string(data.rows()) + " rows of " + std::to_string(data.feature_count));
  for (size_t r = 0; r < data.rows(); ++r)
    if (data.y[r] > 1)
      throw std::invalid_argument("logistic regression: outcome of row " + std::to_string(r) + " is not 0 or 1");
  for (double v : data.x)
    if (!std::isfinite(v)) throw std::invalid_argument("logistic regression: a feature value is not finite");
}

}  // namespace

LogisticFit fit_logistic(const DesignMatrix& data, const FitOptions& options) {
  check_design(data);
  if (!(options.ridge >= 0)) throw std::invalid_argument("logistic regression: ridge must not be negative");
  const size_t p = data.feature_count;
  std::vector<double> b(p, 0.0);

  NewtonTerms current = newton_terms(data, b, options.threads);
  double objective = penalised(current, b, options.ridge);
  LogisticFit fit;
  while (fit.iterations < options.max_iterations) {
    ++fit.iterations;
    std::vector<double> gradient = current.gradient;
    for (size_t j = 1; j < p; ++j) gradient[j] -= options.ridge * b[j];
    const std::vector<double> step = cholesky_solve(factor_information(current, p, options.ridge), p, gradient);

    // Newton's step, halved while it lowers the objective (which is concave, so a short enough step gains).
    double scale = 1.0, largest_change = 0;
    bool improved = false;
    for (int halving = 0; halving < 50; ++halving, scale *= 0.5) {
      std::vector<double> trial(p);
      largest_change = 0;
      for (size_t j = 0; j < p; ++j) {
        trial[j] = b[j] + scale * step[j];
        largest_change = std::max(largest_change, std::abs(scale * step[j]));
      }
      NewtonTerms terms = newton_terms(data, trial, options.threads);
      const double trial_objective = penalised(terms, trial, options.ridge);
      // A loss within rounding of the objective counts as no loss: near the optimum the sums are noise.
      if (trial_objective >= objective - 1e-12 * std::max(1.0, std::abs(objective))) {
        b = std::move(trial);
        current = std::move(terms);
        objective = trial_objective;
        improved = true;
        break;
      }
    }
    // No step gains anything: already at the optimum to machine precision.
    if (!improved || largest_change < options.tolerance) {
      fit.converged = true;
      break;
    }
  }

  fit.coefficients = b;
  fit.log_likelihood = current.log_likelihood;
  // Standard errors: the square roots of the inverse information's diagonal.
  const std::vector<double> lower = factor_information(current, p, options.ridge);
  fit.standard_errors.resize(p);
  for (size_t j = 0; j < p; ++j) {
    std::vector<double> unit(p, 0.0);
    unit[j] = 1.0;
    fit.standard_errors[j] = std::sqrt(cholesky_solve(lower, p, std::move(unit))[j]);
  }
  return fit;
}

double predict_probability(std::span<const double> coefficients, std::span<const double> features) {
  if (coefficients.size() != features.size())
    throw std::invalid_argument("predict_probability: " + std::to_string(coefficients.size()) + " coefficients for " +
                                std::to_string(features.size()) + " features");
  double eta = 0;
  for (size_t j = 0; j < features.size(); ++j) eta += coefficients[j] * features[j];
  return sigmoid(eta);
}

namespace {
// Row indexes in ascending order of score (ties by index, so the order is reproducible).
std::vector<size_t> order_by_score(std::span<const double> scores, std::span<const uint8_t> outcomes,
                                   const char* what) {
  if (scores.size() != outcomes.size())
    throw std::invalid_argument(std::string(what) + ": " + std::to_string(scores.size()) + " scores for " +
                                std::to_string(outcomes.size()) + " outcomes");
  for (double s : scores)
    if (std::isnan(s)) throw std::invalid_argument(std::string(what) + ": a score is not a number");
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return scores[a] != scores[b] ? scores[a] < scores[b] : a < b;
  });
  return order;
}
}  // namespace

double area_under_curve(std::span<const double> scores, std::span<const uint8_t> outcomes) {
  const std::vector<size_t> order = order_by_score(scores, outcomes, "area_under_curve");
  // Mann-Whitney: the positives' rank sum, tied scores sharing the average of their ranks.
  double positive_rank_sum = 0;
  int64_t positives = 0;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    int64_t tied_positives = 0;
    for (; j < order.size() && scores[order[j]] == scores[order[i]]; ++j) tied_positives += outcomes[order[j]] ? 1 : 0;
    const double average_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2;  // ranks i+1..j
    positive_rank_sum += average_rank * static_cast<double>(tied_positives);
    positives += tied_positives;
    i = j;
  }
  const int64_t negatives = static_cast<int64_t>(order.size()) - positives;
  if (positives == 0 || negatives == 0) return std::numeric_limits<double>::quiet_NaN();
  const double np = static_cast<double>(positives), nn = static_cast<double>(negatives);
  return (positive_rank_sum - np * (np + 1) / 2) / (np * nn);
}

std::vector<CalibrationDecile> calibration_by_decile(std::span<const double> scores,
                                                     std::span<const uint8_t> outcomes) {
  const std::vector<size_t> order = order_by_score(scores, outcomes, "calibration_by_decile");
  if (order.empty()) return {};
  const size_t size = order.size() / 10;
  std::vector<CalibrationDecile> deciles(10);
  for (size_t d = 0; d < 10; ++d) {
    CalibrationDecile& c = deciles[d];
    c.decile = static_cast<int>(d + 1);
    const size_t begin = d * size, end = d == 9 ? order.size() : begin + size;
    double predicted = 0;
    for (size_t i = begin; i < end; ++i) {
      predicted += scores[order[i]];
      c.observed_events += outcomes[order[i]] ? 1 : 0;
    }
    c.persons = static_cast<int64_t>(end - begin);
    if (c.persons > 0) {
      c.mean_predicted = predicted / static_cast<double>(c.persons);
      c.observed_rate = static_cast<double>(c.observed_events) / static_cast<double>(c.persons);
    }
  }
  return deciles;
}

}  // namespace ics::phm
