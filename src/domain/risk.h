#pragma once
// The System Assurance Framework: strategic objectives, and the risks to them, each scored likelihood x
// consequence on the NHS 5x5 matrix, with controls, gaps, sources of assurance and a full score history.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

struct StrategicObjective {
  int64_t id = 0;       // 0 until stored
  std::string ref;      // "SO1", unique
  std::string title;    // "Improve outcomes in population health and healthcare"
  std::string description;
  bool operator==(const StrategicObjective&) const = default;
};

// Where a risk is held. A risk rises one level when it escalates (see assurance/risk_escalation.h).
enum class RiskLevel { Organisation, Place, System, Board };
template <>
struct EnumNames<RiskLevel> {
  static constexpr std::array<std::pair<RiskLevel, std::string_view>, 4> values{{
      {RiskLevel::Organisation, "organisation"},
      {RiskLevel::Place, "place"},
      {RiskLevel::System, "system"},
      {RiskLevel::Board, "board"},
  }};
};

enum class RiskStatus { Open, Closed };
template <>
struct EnumNames<RiskStatus> {
  static constexpr std::array<std::pair<RiskStatus, std::string_view>, 2> values{{
      {RiskStatus::Open, "open"},
      {RiskStatus::Closed, "closed"},
  }};
};

// Likelihood and consequence, each 1..5 (assurance/risk_scoring.h validates, scores and grades).
struct RiskRating {
  int likelihood = 1;
  int consequence = 1;
  int score() const { return likelihood * consequence; }
  bool operator==(const RiskRating&) const = default;
};

// One scoring of the risk: the current rating from `date` until the next entry.
struct RiskScoreEntry {
  Date date;
  RiskRating rating;
  std::string note;  // why it moved: "Winter plan agreed; likelihood reduced"
  std::string by;    // account or owner name
  bool operator==(const RiskScoreEntry&) const = default;
};

// Where the board gets its assurance that a control works: "Integrated performance report (monthly)".
// A source may name a KPI of the performance report, whose SPC chart is then the evidence.
struct AssuranceSource {
  std::string description;
  std::string line;       // "first", "second" or "third" line of assurance; "" when not stated
  std::string metric_id;  // "" or a metric id from the performance catalogue, e.g. "ae_4hr"
  bool operator==(const AssuranceSource&) const = default;
};

struct Risk {
  int64_t id = 0;       // 0 until stored
  std::string ref;      // "SR01", unique
  std::string title;
  // Cause - event - effect: "Because of ..., there is a risk that ..., resulting in ...".
  std::string cause, event, effect;
  std::string category;                 // "Quality and safety", "Finance", "Workforce", "Performance", ...
  std::optional<int64_t> objective_id;  // the strategic objective at risk
  std::string owner;                    // executive owner, by name and title: "Chief Finance Officer"
  std::string org_code;                 // the organisation or place holding it ("" for system and board risks)
  RiskLevel level = RiskLevel::System;  // where it is held before any escalation
  bool confidential = false;            // hidden from the public like a confidential paper
  std::string confidential_reason;      // FOI exemption when confidential
  RiskStatus status = RiskStatus::Open;
  Date opened_on;
  RiskRating initial;                   // before any controls
  RiskRating target;                    // the appetite: where the controls should bring it
  std::optional<Date> target_date;      // when the target should be reached
  std::vector<std::string> controls;
  std::string gaps_in_control;
  std::vector<AssuranceSource> assurances;
  std::string gaps_in_assurance;
  std::optional<Date> review_date;      // next review due
  // Every scoring, oldest first, never empty for a stored risk; the last entry is the current score.
  std::vector<RiskScoreEntry> history;
  bool operator==(const Risk&) const = default;
};

// Escalation thresholds: a risk held at a level rises to the next when its current score reaches the
// threshold of that next level. Configurable by the secretariat; defaults as most ICS frameworks set them.
struct EscalationRules {
  int to_place = 12;
  int to_system = 15;
  int to_board = 15;
  bool operator==(const EscalationRules&) const = default;
};

}  // namespace ics
