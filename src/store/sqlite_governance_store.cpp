#include "store/sqlite_governance_store.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "domain/governance_json.h"
#include "store/sqlite_audit.h"
#include "store/sqlite_records.h"
#include "store/sqlite_util.h"

namespace ics {
namespace {

using nlohmann::json;
using store::body_before;
using store::finish_save;
using store::from_body;
using store::load_all;
using store::load_one;
using store::put_row;
using store::refuse;
using store::require;
using store::require_unique_ref;
using store::Statement;
using store::Transaction;
using store::Value;

Value optional_id(const std::optional<int64_t>& id) {
  if (id) return static_cast<long long>(*id);
  return nullptr;
}
Value optional_date(const std::optional<Date>& date) {
  if (date) return date->to_string();
  return nullptr;
}

// "B203" -> ("B", 203); "ICSB-D007" -> ("ICSB-D", 7): the letters before the first digit, then that number.
std::pair<std::string, long long> split_ref(const std::string& ref) {
  size_t i = 0;
  while (i < ref.size() && !std::isdigit(static_cast<unsigned char>(ref[i]))) ++i;
  long long number = 0;
  for (size_t j = i; j < ref.size() && std::isdigit(static_cast<unsigned char>(ref[j])) && number < 1'000'000'000'000LL; ++j)
    number = number * 10 + (ref[j] - '0');
  return {ref.substr(0, i), number};
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("sha256 failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

std::string label(const char* entity, int64_t id) {
  return id == 0 ? std::string("new ") + entity : std::string(entity) + " " + std::to_string(id);
}

std::optional<PaperFile> stored_file(sqlite3* db, int64_t paper_id) {
  Statement st(db, "SELECT name, content_type, size, sha256 FROM paper_files WHERE paper_id = ?");
  st.bind(1, static_cast<long long>(paper_id));
  if (!st.step()) return std::nullopt;
  return PaperFile{st.text(0), st.text(1), st.integer(2), st.text(3)};
}

constexpr const char* kPaperSelect =
    "SELECT p.id, p.body, f.name, f.content_type, f.size, f.sha256 FROM papers p"
    " LEFT JOIN paper_files f ON f.paper_id = p.id";

// Papers read with their file row: paper_files is the truth for the file's description.
std::vector<Paper> load_papers(Statement& st) {
  std::vector<Paper> out;
  while (st.step()) {
    Paper p = from_body<Paper>(st.text(1), st.integer(0), "paper");
    if (st.is_null(2)) p.file.reset();
    else p.file = PaperFile{st.text(2), st.text(3), st.integer(4), st.text(5)};
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

// ---- people ----

int64_t SqliteGovernanceStore::save_person(const Person& person, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "people", "person", person.id);
  Person record = person;
  record.id = put_row(db_, "people", person.id, {{"name", record.name}, {"org_code", record.org_code}});
  finish_save(db_, "people", "person", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Person> SqliteGovernanceStore::people() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT id, body FROM people ORDER BY name, id");
  return load_all<Person>(st, "person");
}

std::optional<Person> SqliteGovernanceStore::person(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Person>(db_, "people", "person", id);
}

// ---- committees ----

int64_t SqliteGovernanceStore::save_committee(const Committee& committee, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "committees", "committee", committee.id);
  const std::string who = label("committee", committee.id);
  if (committee.reports_to) {
    require(db_, "committees", "parent committee", committee.reports_to, who);
    // Walk up the reporting line: a committee may not (indirectly) report to itself.
    std::optional<int64_t> up = committee.reports_to;
    for (int depth = 0; up && depth < 1000; ++depth) {
      if (*up == committee.id) refuse(who + ": reporting to committee " + std::to_string(*committee.reports_to) + " would make a loop");
      Statement st(db_, "SELECT reports_to FROM committees WHERE id = ?");
      st.bind(1, static_cast<long long>(*up));
      up = st.step() && !st.is_null(0) ? std::optional<int64_t>(st.integer(0)) : std::nullopt;
    }
  }
  for (const auto& m : committee.members) require(db_, "people", "member person", m.person_id, who);
  Committee record = committee;
  record.id = put_row(db_, "committees", committee.id,
                      {{"name", record.name}, {"code", record.code}, {"reports_to", optional_id(record.reports_to)}});
  finish_save(db_, "committees", "committee", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Committee> SqliteGovernanceStore::committees() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT id, body FROM committees ORDER BY id");
  return load_all<Committee>(st, "committee");
}

std::optional<Committee> SqliteGovernanceStore::committee(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Committee>(db_, "committees", "committee", id);
}

// ---- meetings ----

int64_t SqliteGovernanceStore::save_meeting(const Meeting& meeting, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "meetings", "meeting", meeting.id);
  const std::string who = label("meeting", meeting.id);
  require(db_, "committees", "committee", meeting.committee_id, who);
  for (const auto& a : meeting.attendance) require(db_, "people", "attendee person", a.person_id, who);
  for (const auto& d : meeting.declarations) {
    require(db_, "people", "declaring person", d.person_id, who);
    require(db_, "interests", "interest", d.interest_id, who);
  }
  require(db_, "meetings", "approving meeting", meeting.minutes_approved_at, who);
  Meeting record = meeting;
  record.id = put_row(db_, "meetings", meeting.id,
                      {{"committee_id", static_cast<long long>(record.committee_id)},
                       {"date", record.date.to_string()},
                       {"start_time", record.start_time}});
  finish_save(db_, "meetings", "meeting", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Meeting> SqliteGovernanceStore::meetings(std::optional<int64_t> committee_id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string("SELECT id, body FROM meetings") + (committee_id ? " WHERE committee_id = ?" : "") +
                        " ORDER BY date, start_time, id");
  if (committee_id) st.bind(1, static_cast<long long>(*committee_id));
  return load_all<Meeting>(st, "meeting");
}

std::optional<Meeting> SqliteGovernanceStore::meeting(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Meeting>(db_, "meetings", "meeting", id);
}

// ---- papers ----

int64_t SqliteGovernanceStore::save_paper(const Paper& paper, const std::optional<std::string>& file_bytes,
                                          const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "papers", "paper", paper.id);
  const std::string who = label("paper", paper.id);
  require(db_, "meetings", "meeting", paper.meeting_id, who);
  Paper record = paper;
  if (file_bytes) {
    if (!paper.file || paper.file->name.empty() || paper.file->content_type.empty())
      refuse(who + ": a file needs its name and content type");
    record.file->size = static_cast<int64_t>(file_bytes->size());
    record.file->sha256 = sha256_hex(*file_bytes);
  } else {
    record.file = paper.id == 0 ? std::nullopt : stored_file(db_, paper.id);  // keep the file already stored
  }
  record.id = put_row(db_, "papers", paper.id,
                      {{"meeting_id", optional_id(record.meeting_id)},
                       {"enclosure_ref", record.enclosure_ref},
                       {"confidential", static_cast<long long>(record.confidential)}});
  if (file_bytes) {
    Statement st(db_,
                 "INSERT OR REPLACE INTO paper_files(paper_id, name, content_type, size, sha256, bytes)"
                 " VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, static_cast<long long>(record.id));
    st.bind(2, record.file->name);
    st.bind(3, record.file->content_type);
    st.bind(4, static_cast<long long>(record.file->size));
    st.bind(5, record.file->sha256);
    st.bind_blob(6, *file_bytes);
    st.run();
  }
  finish_save(db_, "papers", "paper", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Paper> SqliteGovernanceStore::papers(std::optional<int64_t> meeting_id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string(kPaperSelect) + (meeting_id ? " WHERE p.meeting_id = ?" : "") +
                        " ORDER BY p.meeting_id, p.enclosure_ref, p.id");
  if (meeting_id) st.bind(1, static_cast<long long>(*meeting_id));
  return load_papers(st);
}

std::optional<Paper> SqliteGovernanceStore::paper(int64_t id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string(kPaperSelect) + " WHERE p.id = ?");
  st.bind(1, static_cast<long long>(id));
  auto found = load_papers(st);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::string> SqliteGovernanceStore::paper_file_bytes(int64_t paper_id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT bytes FROM paper_files WHERE paper_id = ?");
  st.bind(1, static_cast<long long>(paper_id));
  if (!st.step()) return std::nullopt;
  return st.blob(0);
}

// ---- actions ----

int64_t SqliteGovernanceStore::save_action(const Action& action, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "actions", "action", action.id);
  const std::string who = action.ref.empty() ? label("action", action.id) : "action " + action.ref;
  require_unique_ref(db_, "actions", "action", action.ref, action.id);
  require(db_, "committees", "committee", action.committee_id, who);
  require(db_, "meetings", "meeting", action.meeting_id, who);
  require(db_, "people", "owner person", action.owner_id, who);
  const auto [prefix, number] = split_ref(action.ref);
  Action record = action;
  record.id = put_row(db_, "actions", action.id,
                      {{"ref", record.ref},
                       {"ref_prefix", prefix},
                       {"ref_number", number},
                       {"committee_id", static_cast<long long>(record.committee_id)},
                       {"meeting_id", optional_id(record.meeting_id)},
                       {"owner_id", optional_id(record.owner_id)},
                       {"status", std::string(enum_name(record.status))},
                       {"due", optional_date(record.due)}});
  finish_save(db_, "actions", "action", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Action> SqliteGovernanceStore::actions(const ActionQuery& query) {
  std::lock_guard lock(mutex_);
  std::string where;
  std::vector<long long> params;
  auto add = [&](const char* column, const std::optional<int64_t>& value) {
    if (!value) return;
    where += (where.empty() ? " WHERE " : " AND ") + std::string(column) + " = ?";
    params.push_back(*value);
  };
  add("committee_id", query.committee_id);
  add("owner_id", query.owner_id);
  add("meeting_id", query.meeting_id);
  Statement st(db_, "SELECT id, body FROM actions" + where + " ORDER BY ref_prefix, ref_number, ref");
  for (size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
  return load_all<Action>(st, "action");
}

std::optional<Action> SqliteGovernanceStore::action(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Action>(db_, "actions", "action", id);
}

// ---- decisions ----

int64_t SqliteGovernanceStore::save_decision(const Decision& decision, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "decisions", "decision", decision.id);
  const std::string who = decision.ref.empty() ? label("decision", decision.id) : "decision " + decision.ref;
  require_unique_ref(db_, "decisions", "decision", decision.ref, decision.id);
  require(db_, "committees", "committee", decision.committee_id, who);
  require(db_, "meetings", "meeting", decision.meeting_id, who);
  Decision record = decision;
  record.id = put_row(db_, "decisions", decision.id,
                      {{"ref", record.ref},
                       {"committee_id", static_cast<long long>(record.committee_id)},
                       {"meeting_id", optional_id(record.meeting_id)},
                       {"date", record.date.to_string()}});
  finish_save(db_, "decisions", "decision", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Decision> SqliteGovernanceStore::decisions(std::optional<int64_t> committee_id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string("SELECT id, body FROM decisions") + (committee_id ? " WHERE committee_id = ?" : "") +
                        " ORDER BY date, ref");
  if (committee_id) st.bind(1, static_cast<long long>(*committee_id));
  return load_all<Decision>(st, "decision");
}

std::optional<Decision> SqliteGovernanceStore::decision(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Decision>(db_, "decisions", "decision", id);
}

// ---- interests ----

int64_t SqliteGovernanceStore::save_interest(const Interest& interest, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const std::string before = body_before(db_, "interests", "interest", interest.id);
  require(db_, "people", "person", interest.person_id, label("interest", interest.id));
  Interest record = interest;
  record.id = put_row(db_, "interests", interest.id, {{"person_id", static_cast<long long>(record.person_id)}});
  finish_save(db_, "interests", "interest", record, before, actor);
  tx.commit();
  return record.id;
}

std::vector<Interest> SqliteGovernanceStore::interests(std::optional<int64_t> person_id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string("SELECT id, body FROM interests") + (person_id ? " WHERE person_id = ?" : "") +
                        " ORDER BY person_id, id");
  if (person_id) st.bind(1, static_cast<long long>(*person_id));
  return load_all<Interest>(st, "interest");
}

std::optional<Interest> SqliteGovernanceStore::interest(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_one<Interest>(db_, "interests", "interest", id);
}

// ---- audit trail ----

std::vector<AuditEntry> SqliteGovernanceStore::audit_trail(const std::string& entity, std::optional<int64_t> entity_id,
                                                           size_t limit) {
  std::lock_guard lock(mutex_);
  std::string where;
  if (!entity.empty()) where += " WHERE entity = ?";
  if (entity_id) where += (where.empty() ? " WHERE " : " AND ") + std::string("entity_id = ?");
  Statement st(db_,
               "SELECT id, at, actor, entity, entity_id, change, before, after FROM audit_trail" + where +
                   " ORDER BY id DESC LIMIT ?");
  int index = 1;
  if (!entity.empty()) st.bind(index++, entity);
  if (entity_id) st.bind(index++, static_cast<long long>(*entity_id));
  st.bind(index, static_cast<long long>(std::min<size_t>(limit, static_cast<size_t>(INT64_MAX))));
  std::vector<AuditEntry> out;
  while (st.step())
    out.push_back(AuditEntry{st.integer(0), st.text(1), st.text(2), st.text(3), st.integer(4), st.text(5), st.text(6),
                             st.text(7)});
  return out;
}

void SqliteGovernanceStore::clear_governance_data(const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  // Children before parents, so every foreign key holds after each statement; the audit row records
  // how many of each went.
  json counts = json::object();
  for (const char* table :
       {"paper_files", "papers", "actions", "decisions", "meetings", "interests", "committees", "people"}) {
    Statement st(db_, std::string("DELETE FROM ") + table);
    st.run();
    counts[table] = sqlite3_changes(db_);
  }
  store::write_audit(db_, actor, "governance", 0, "delete", counts.dump(), "");
  tx.commit();
}

}  // namespace ics
