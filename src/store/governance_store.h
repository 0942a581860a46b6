#pragma once
// Governance records: people, committees, meetings, papers (and their files), action and decision
// logs, the interests register, and the audit trail. Every save is one transaction that also writes an
// audit row (actor, time, entity, JSON before and after); on any exception nothing is written.
// save_* with id 0 creates and returns the new id; with an id updates that record (std::runtime_error
// if it does not exist). References to other records (committee, meeting, person) must exist, and
// action/decision refs must be unique (std::runtime_error otherwise, nothing written).
// Visibility (confidential, draft, private items) is not the store's business: callers filter.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/action.h"
#include "domain/audit.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/interest.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"

namespace ics {

struct ActionQuery {
  std::optional<int64_t> committee_id;
  std::optional<int64_t> owner_id;
  std::optional<int64_t> meeting_id;
};

class GovernanceStore {
 public:
  virtual ~GovernanceStore() = default;

  virtual int64_t save_person(const Person& person, const std::string& actor) = 0;
  virtual std::vector<Person> people() = 0;  // ordered by name
  virtual std::optional<Person> person(int64_t id) = 0;

  virtual int64_t save_committee(const Committee& committee, const std::string& actor) = 0;
  virtual std::vector<Committee> committees() = 0;  // ordered by id (the board first when loaded first)
  virtual std::optional<Committee> committee(int64_t id) = 0;

  virtual int64_t save_meeting(const Meeting& meeting, const std::string& actor) = 0;
  // Ordered by date then start time; all committees when committee_id is absent.
  virtual std::vector<Meeting> meetings(std::optional<int64_t> committee_id = std::nullopt) = 0;
  virtual std::optional<Meeting> meeting(int64_t id) = 0;

  // Saves the cover sheet; when file_bytes is given the file is stored with it (paper.file must then
  // describe it: name and content type; size and sha256 are computed here). Without file_bytes an
  // existing file is kept.
  virtual int64_t save_paper(const Paper& paper, const std::optional<std::string>& file_bytes,
                             const std::string& actor) = 0;
  // Ordered by meeting, then enclosure reference; all papers when meeting_id is absent.
  virtual std::vector<Paper> papers(std::optional<int64_t> meeting_id = std::nullopt) = 0;
  virtual std::optional<Paper> paper(int64_t id) = 0;
  virtual std::optional<std::string> paper_file_bytes(int64_t paper_id) = 0;

  virtual int64_t save_action(const Action& action, const std::string& actor) = 0;
  virtual std::vector<Action> actions(const ActionQuery& query = {}) = 0;  // ordered by ref's number within prefix
  virtual std::optional<Action> action(int64_t id) = 0;

  virtual int64_t save_decision(const Decision& decision, const std::string& actor) = 0;
  virtual std::vector<Decision> decisions(std::optional<int64_t> committee_id = std::nullopt) = 0;  // by date, ref
  virtual std::optional<Decision> decision(int64_t id) = 0;

  virtual int64_t save_interest(const Interest& interest, const std::string& actor) = 0;
  virtual std::vector<Interest> interests(std::optional<int64_t> person_id = std::nullopt) = 0;  // by person, id
  virtual std::optional<Interest> interest(int64_t id) = 0;

  // Newest first; limited to one entity (and id) when given.
  virtual std::vector<AuditEntry> audit_trail(const std::string& entity = "", std::optional<int64_t> entity_id = std::nullopt,
                                              size_t limit = 200) = 0;

  // Deletes every governance record (not accounts, not the audit trail) in one transaction, writing one
  // audit row that says so. For `ics demo --force`.
  virtual void clear_governance_data(const std::string& actor) = 0;
};

}  // namespace ics
