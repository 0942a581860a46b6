#pragma once
// AssuranceStore on the SqliteStore's connection. Like the governance tables, each table keeps the
// columns that queries, foreign keys and uniqueness need, plus the record's JSON (assurance_json.h) in
// `body`.
#include <sqlite3.h>

#include <mutex>

#include "store/assurance_store.h"

namespace ics {

class SqliteAssuranceStore final : public AssuranceStore {
 public:
  // Uses db and mutex, both owned by the SqliteStore, which must outlive this object. The schema must
  // already be migrated.
  SqliteAssuranceStore(sqlite3* db, std::mutex& mutex) : db_(db), mutex_(mutex) {}

  std::vector<int64_t> save_objectives(const std::vector<StrategicObjective>& objectives,
                                       const std::string& actor) override;
  std::vector<StrategicObjective> objectives() override;
  std::optional<StrategicObjective> objective(int64_t id) override;

  std::vector<int64_t> save_risks(const std::vector<Risk>& risks, const std::string& actor) override;
  std::vector<Risk> risks() override;
  std::optional<Risk> risk(int64_t id) override;
  std::optional<Risk> risk_by_ref(const std::string& ref) override;

  EscalationRules escalation_rules() override;
  void save_escalation_rules(const EscalationRules& rules, const std::string& actor) override;

  std::vector<int64_t> save_priorities(const std::vector<Priority>& priorities, const std::string& actor) override;
  std::vector<Priority> priorities() override;
  std::optional<Priority> priority(int64_t id) override;

  std::vector<int64_t> save_programmes(const std::vector<Programme>& programmes, const std::string& actor) override;
  std::vector<Programme> programmes() override;
  std::optional<Programme> programme(int64_t id) override;

  void clear_assurance_data(const std::string& actor) override;

 private:
  sqlite3* db_;
  std::mutex& mutex_;  // the SqliteStore's: one statement at a time on the shared connection
};

}  // namespace ics
