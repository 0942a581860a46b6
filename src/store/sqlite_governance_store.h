#pragma once
// GovernanceStore on the SqliteStore's connection. Each table keeps the columns that queries, foreign
// keys and uniqueness need, plus the record's JSON (governance_json.h) in `body`.
#include <sqlite3.h>

#include <mutex>

#include "store/governance_store.h"

namespace ics {

class SqliteGovernanceStore final : public GovernanceStore {
 public:
  // Uses db and mutex, both owned by the SqliteStore, which must outlive this object. The schema must
  // already be migrated.
  SqliteGovernanceStore(sqlite3* db, std::mutex& mutex) : db_(db), mutex_(mutex) {}

  int64_t save_person(const Person& person, const std::string& actor) override;
  std::vector<Person> people() override;
  std::optional<Person> person(int64_t id) override;

  int64_t save_committee(const Committee& committee, const std::string& actor) override;
  std::vector<Committee> committees() override;
  std::optional<Committee> committee(int64_t id) override;

  int64_t save_meeting(const Meeting& meeting, const std::string& actor) override;
  std::vector<Meeting> meetings(std::optional<int64_t> committee_id = std::nullopt) override;
  std::optional<Meeting> meeting(int64_t id) override;

  int64_t save_paper(const Paper& paper, const std::optional<std::string>& file_bytes,
                     const std::string& actor) override;
  std::vector<Paper> papers(std::optional<int64_t> meeting_id = std::nullopt) override;
  std::optional<Paper> paper(int64_t id) override;
  std::optional<std::string> paper_file_bytes(int64_t paper_id) override;

  int64_t save_action(const Action& action, const std::string& actor) override;
  std::vector<Action> actions(const ActionQuery& query = {}) override;
  std::optional<Action> action(int64_t id) override;

  int64_t save_decision(const Decision& decision, const std::string& actor) override;
  std::vector<Decision> decisions(std::optional<int64_t> committee_id = std::nullopt) override;
  std::optional<Decision> decision(int64_t id) override;

  int64_t save_interest(const Interest& interest, const std::string& actor) override;
  std::vector<Interest> interests(std::optional<int64_t> person_id = std::nullopt) override;
  std::optional<Interest> interest(int64_t id) override;

  std::vector<AuditEntry> audit_trail(const std::string& entity = "", std::optional<int64_t> entity_id = std::nullopt,
                                      size_t limit = 200) override;

  void clear_governance_data(const std::string& actor) override;

 private:
  sqlite3* db_;
  std::mutex& mutex_;  // the SqliteStore's: one statement at a time on the shared connection
};

}  // namespace ics
