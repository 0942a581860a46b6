#pragma once
// Assurance records: strategic objectives, the risk register and its escalation thresholds, plan/MOU
// priorities with their stocktake ratings, and transformation programmes with their product schedules.
// Like the governance store, each save is one transaction that writes an audit row per record (actor,
// time, entity "objective" | "risk" | "priority" | "programme" | "escalation rules", JSON before and
// after); on any exception nothing is written. save_* take many records so an import is all or nothing:
// a record with id 0 is created, one with an id replaces that record (std::runtime_error if it does not
// exist). Refs are unique per kind; references to objectives and committees must exist
// (std::runtime_error otherwise, nothing written). Returns the ids, in the order given.
// Visibility (confidential risks) is not the store's business: callers filter.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/deliverable.h"
#include "domain/programme.h"
#include "domain/risk.h"

namespace ics {

class AssuranceStore {
 public:
  virtual ~AssuranceStore() = default;

  virtual std::vector<int64_t> save_objectives(const std::vector<StrategicObjective>& objectives,
                                               const std::string& actor) = 0;
  virtual std::vector<StrategicObjective> objectives() = 0;  // ordered by ref
  virtual std::optional<StrategicObjective> objective(int64_t id) = 0;

  virtual std::vector<int64_t> save_risks(const std::vector<Risk>& risks, const std::string& actor) = 0;
  virtual std::vector<Risk> risks() = 0;  // ordered by ref
  virtual std::optional<Risk> risk(int64_t id) = 0;
  virtual std::optional<Risk> risk_by_ref(const std::string& ref) = 0;

  // The defaults (EscalationRules{}) until saved.
  virtual EscalationRules escalation_rules() = 0;
  virtual void save_escalation_rules(const EscalationRules& rules, const std::string& actor) = 0;

  virtual std::vector<int64_t> save_priorities(const std::vector<Priority>& priorities, const std::string& actor) = 0;
  virtual std::vector<Priority> priorities() = 0;  // ordered by ref, numerically within a prefix (NO2 < NO10)
  virtual std::optional<Priority> priority(int64_t id) = 0;

  virtual std::vector<int64_t> save_programmes(const std::vector<Programme>& programmes, const std::string& actor) = 0;
  virtual std::vector<Programme> programmes() = 0;  // ordered by ref
  virtual std::optional<Programme> programme(int64_t id) = 0;

  // Deletes every assurance record (not the audit trail, not the escalation thresholds) in one
  // transaction, writing one audit row that says so. For `ics demo --force`.
  virtual void clear_assurance_data(const std::string& actor) = 0;
};

}  // namespace ics
