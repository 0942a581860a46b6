#pragma once
// Scoring and grading on the NHS 5x5 risk matrix: score = likelihood x consequence (each 1..5), graded
// 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme. (7, 11, 13 and 14 are not products of two 1..5
// numbers, so no rating can score them.)
#include <string>
#include <string_view>
#include <vector>

#include "core/field_errors.h"
#include "domain/enum_names.h"
#include "domain/risk.h"

namespace ics {

enum class RiskGrade { Low, Moderate, High, Extreme };
template <>
struct EnumNames<RiskGrade> {
  static constexpr std::array<std::pair<RiskGrade, std::string_view>, 4> values{{
      {RiskGrade::Low, "low"},
      {RiskGrade::Moderate, "moderate"},
      {RiskGrade::High, "high"},
      {RiskGrade::Extreme, "extreme"},
  }};
};

}  // namespace ics

namespace ics::assurance {

// True for a score some rating can reach: 1-6, 8-10, 12, 15, 16, 20, 25.
bool is_possible_score(int score);

// The grade of a score. Throws std::invalid_argument for a score no rating can reach (0, 7, 26 ...).
RiskGrade grade_of_score(int score);
inline RiskGrade grade_of(const RiskRating& rating) { return grade_of_score(rating.score()); }

// The matrix colours boards print: low green, moderate yellow, high amber, extreme red (hex "#rrggbb",
// from the NHS identity palette), and the text colour that reads on each.
std::string_view grade_fill(RiskGrade grade);
std::string_view grade_text_colour(RiskGrade grade);
// "Extreme (15-25)"
std::string grade_label(RiskGrade grade);

// Field errors for a rating whose likelihood or consequence is outside 1..5, as "<prefix>likelihood"
// and "<prefix>consequence" (e.g. prefix "current_").
FieldErrors rating_errors(const RiskRating& rating, const std::string& field_prefix = "");

// Field errors for a whole risk before it is stored: ref, title, event and owner required; every rating
// valid; a non-empty history in date order (no two entries on one day); target no higher than initial;
// a confidential risk needs a reason; org_code required at organisation and place level.
FieldErrors risk_errors(const Risk& risk);

}  // namespace ics::assurance
