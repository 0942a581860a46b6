#include "phm/risk_features.h"

#include <algorithm>

namespace ics::phm {

const std::array<std::string_view, kRiskFeatureCount> kRiskFeatureNames{
    "intercept",        "age_over_50_per_decade", "under_5",   "male",
    "deprivation",      "long_term_conditions",   "heart_failure", "copd",
    "dementia",         "cancer",                 "diabetes",  "serious_mental_illness",
    "ae_attendances_last_year", "emergency_admissions_last_year", "social_care_last_year", "palliative_care",
};

const std::array<std::string_view, kRiskFeatureCount> kRiskFeatureLabels{
    "Baseline",
    "Age over 50",
    "Under 5",
    "Male",
    "Deprivation",
    "Number of long-term conditions",
    "Heart failure",
    "COPD",
    "Dementia",
    "Cancer",
    "Diabetes",
    "Serious mental illness",
    "A&E attendances in the last year",
    "Emergency admissions in the last year",
    "Social care in the last year",
    "Palliative care register",
};

RiskFeatures risk_features(const PersonFacts& f, int imd_decile, bool male) {
  auto flag = [&](Condition c) { return f.has(c) ? 1.0 : 0.0; };
  RiskFeatures x{};
  x[0] = 1.0;
  x[1] = std::max(0, f.age - 50) / 10.0;
  x[2] = f.age < 5 ? 1.0 : 0.0;
  x[3] = male ? 1.0 : 0.0;
  x[4] = (10 - std::clamp(imd_decile, 1, 10)) / 9.0;
  x[5] = std::min<int>(f.long_term_condition_count, 6);
  x[6] = flag(Condition::HeartFailure);
  x[7] = flag(Condition::Copd);
  x[8] = flag(Condition::Dementia);
  x[9] = flag(Condition::Cancer);
  x[10] = flag(Condition::Diabetes);
  x[11] = flag(Condition::SeriousMentalIllness);
  x[12] = std::min<int>(f.last_year(Setting::AeAttendance), 5);
  x[13] = std::min<int>(f.last_year(Setting::EmergencyAdmission), 3);
  x[14] = f.last_year(Setting::SocialCarePackage) > 0 ? 1.0 : 0.0;
  x[15] = flag(Condition::PalliativeCare);
  return x;
}

}  // namespace ics::phm
