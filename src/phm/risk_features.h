#pragma once
// The features of the emergency admission risk model, shared by the model (phm/risk_model.h) and the
// synthetic population's generator, whose admissions are drawn from a known logistic model on these
// same features, so the fitted coefficients can be checked against the truth.
#include <array>
#include <string_view>

#include "phm/person_facts.h"

namespace ics::phm {

// Feature 0 is the intercept (always 1).
inline constexpr int kRiskFeatureCount = 16;
using RiskFeatures = std::array<double, kRiskFeatureCount>;

// Names for reports ("intercept", "age_over_50_per_decade", ...), in feature order.
extern const std::array<std::string_view, kRiskFeatureCount> kRiskFeatureNames;
// Plain-English labels for case-finding lists ("Age over 50", "Heart failure", ...).
extern const std::array<std::string_view, kRiskFeatureCount> kRiskFeatureLabels;

// 0 intercept = 1
// 1 age_over_50_per_decade = max(0, age - 50) / 10
// 2 under_5 = age < 5
// 3 male
// 4 deprivation = (10 - imd_decile) / 9 (0 least deprived decile .. 1 most deprived)
// 5 long_term_conditions = min(count, 6)
// 6 heart_failure  7 copd  8 dementia  9 cancer  10 diabetes  11 serious_mental_illness
// 12 ae_attendances_last_year = min(count, 5)
// 13 emergency_admissions_last_year = min(count, 3)
// 14 social_care_last_year = any social care package in the last year
// 15 palliative_care
RiskFeatures risk_features(const PersonFacts& facts, int imd_decile, bool male);

}  // namespace ics::phm
