#include "store/sqlite_assurance_store.h"

#include <algorithm>
#include <stdexcept>

#include "core/natural_order.h"
#include "domain/assurance_json.h"
#include "store/sqlite_audit.h"
#include "store/sqlite_records.h"
#include "store/sqlite_util.h"

namespace ics {
namespace {

using nlohmann::json;
using store::Statement;
using store::Transaction;

constexpr const char* kRulesEntity = "escalation rules";
constexpr int64_t kRulesId = 1;  // the escalation_rules table's only row

// How errors name a record: "risk SR01", or "new risk" before it has a ref.
template <class T>
std::string who(const char* entity, const T& record) {
  if (!record.ref.empty()) return std::string(entity) + " " + record.ref;
  return record.id == 0 ? std::string("new ") + entity : std::string(entity) + " " + std::to_string(record.id);
}

// Saves records in one transaction: for each, refuses a missing id or a taken ref, then `write` checks
// the record's references and writes its key columns (returning its id), then the body and audit row
// follow. Any exception rolls back the whole batch.
template <class T, class Write>
std::vector<int64_t> save_all(sqlite3* db, const char* table, const char* entity, const std::vector<T>& records,
                              const std::string& actor, Write write) {
  Transaction tx(db);
  std::vector<int64_t> ids;
  ids.reserve(records.size());
  for (const T& given : records) {
    const std::string before = store::body_before(db, table, entity, given.id);
    store::require_unique_ref(db, table, entity, given.ref, given.id);
    T record = given;
    record.id = write(record, who(entity, given));
    store::finish_save(db, table, entity, record, before, actor);
    ids.push_back(record.id);
  }
  tx.commit();
  return ids;
}

// Every record of a table ordered by ref as people read refs (SO2 before SO10).
template <class T>
std::vector<T> load_by_ref(sqlite3* db, const std::string& table, const char* entity) {
  Statement st(db, "SELECT id, body FROM " + table + " ORDER BY ref");
  auto out = store::load_all<T>(st, entity);
  std::stable_sort(out.begin(), out.end(), [](const T& a, const T& b) { return natural_less(a.ref, b.ref); });
  return out;
}

}  // namespace

// ---- strategic objectives ----

std::vector<int64_t> SqliteAssuranceStore::save_objectives(const std::vector<StrategicObjective>& objectives,
                                                           const std::string& actor) {
  std::lock_guard lock(mutex_);
  return save_all(db_, "objectives", "objective", objectives, actor,
                  [&](const StrategicObjective& o, const std::string&) {
                    return store::put_row(db_, "objectives", o.id, {{"ref", o.ref}});
                  });
}

std::vector<StrategicObjective> SqliteAssuranceStore::objectives() {
  std::lock_guard lock(mutex_);
  return load_by_ref<StrategicObjective>(db_, "objectives", "objective");
}

std::optional<StrategicObjective> SqliteAssuranceStore::objective(int64_t id) {
  std::lock_guard lock(mutex_);
  return store::load_one<StrategicObjective>(db_, "objectives", "objective", id);
}

// ---- risks ----

std::vector<int64_t> SqliteAssuranceStore::save_risks(const std::vector<Risk>& risks, const std::string& actor) {
  std::lock_guard lock(mutex_);
  return save_all(db_, "risks", "risk", risks, actor, [&](const Risk& r, const std::string& name) {
    store::Value objective = nullptr;
    if (r.objective_id) {
      store::require(db_, "objectives", "objective", *r.objective_id, name);
      objective = static_cast<long long>(*r.objective_id);
    }
    return store::put_row(db_, "risks", r.id,
                          {{"ref", r.ref},
                           {"objective_id", objective},
                           {"confidential", static_cast<long long>(r.confidential)}});
  });
}

std::vector<Risk> SqliteAssuranceStore::risks() {
  std::lock_guard lock(mutex_);
  return load_by_ref<Risk>(db_, "risks", "risk");
}

std::optional<Risk> SqliteAssuranceStore::risk(int64_t id) {
  std::lock_guard lock(mutex_);
  return store::load_one<Risk>(db_, "risks", "risk", id);
}

std::optional<Risk> SqliteAssuranceStore::risk_by_ref(const std::string& ref) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT id, body FROM risks WHERE ref = ?");
  st.bind(1, ref);
  auto found = store::load_all<Risk>(st, "risk");
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

// ---- escalation rules ----

EscalationRules SqliteAssuranceStore::escalation_rules() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT body FROM escalation_rules WHERE id = ?");
  st.bind(1, static_cast<long long>(kRulesId));
  if (!st.step()) return EscalationRules{};
  try {
    return json::parse(st.text(0)).get<EscalationRules>();
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("store: the escalation rules are unreadable: ") + e.what());
  }
}

void SqliteAssuranceStore::save_escalation_rules(const EscalationRules& rules, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  std::string before;
  {
    Statement st(db_, "SELECT body FROM escalation_rules WHERE id = ?");
    st.bind(1, static_cast<long long>(kRulesId));
    if (st.step()) before = st.text(0);
  }
  const std::string after = json(rules).dump();
  Statement st(db_, "INSERT INTO escalation_rules(id, body) VALUES (?1, ?2) ON CONFLICT(id) DO UPDATE SET body = ?2");
  st.bind(1, static_cast<long long>(kRulesId));
  st.bind(2, after);
  st.run();
  store::write_audit(db_, actor, kRulesEntity, kRulesId, before.empty() ? "create" : "update", before, after);
  tx.commit();
}

// ---- priorities ----

std::vector<int64_t> SqliteAssuranceStore::save_priorities(const std::vector<Priority>& priorities,
                                                           const std::string& actor) {
  std::lock_guard lock(mutex_);
  return save_all(db_, "priorities", "priority", priorities, actor, [&](const Priority& p, const std::string& name) {
    store::require(db_, "committees", "overseeing committee", p.overseeing_committee_id, name);
    return store::put_row(
        db_, "priorities", p.id,
        {{"ref", p.ref}, {"overseeing_committee_id", static_cast<long long>(p.overseeing_committee_id)}});
  });
}

std::vector<Priority> SqliteAssuranceStore::priorities() {
  std::lock_guard lock(mutex_);
  return load_by_ref<Priority>(db_, "priorities", "priority");
}

std::optional<Priority> SqliteAssuranceStore::priority(int64_t id) {
  std::lock_guard lock(mutex_);
  return store::load_one<Priority>(db_, "priorities", "priority", id);
}

// ---- programmes ----

std::vector<int64_t> SqliteAssuranceStore::save_programmes(const std::vector<Programme>& programmes,
                                                           const std::string& actor) {
  std::lock_guard lock(mutex_);
  return save_all(db_, "programmes", "programme", programmes, actor, [&](const Programme& p, const std::string& name) {
    for (size_t i = 0; i < p.products.size(); ++i)
      store::require(db_, "committees", "committee", p.products[i].committee_id,
                     name + " product " + std::to_string(i + 1));
    const int64_t id = store::put_row(db_, "programmes", p.id, {{"ref", p.ref}});
    // The products' committees, for their foreign keys; rewritten whole on every save.
    Statement clear(db_, "DELETE FROM programme_products WHERE programme_id = ?");
    clear.bind(1, static_cast<long long>(id));
    clear.run();
    Statement insert(db_, "INSERT INTO programme_products(programme_id, position, committee_id) VALUES (?, ?, ?)");
    for (size_t i = 0; i < p.products.size(); ++i) {
      insert.bind(1, static_cast<long long>(id));
      insert.bind(2, static_cast<long long>(i));
      insert.bind(3, static_cast<long long>(p.products[i].committee_id));
      insert.run();
    }
    return id;
  });
}

std::vector<Programme> SqliteAssuranceStore::programmes() {
  std::lock_guard lock(mutex_);
  return load_by_ref<Programme>(db_, "programmes", "programme");
}

std::optional<Programme> SqliteAssuranceStore::programme(int64_t id) {
  std::lock_guard lock(mutex_);
  return store::load_one<Programme>(db_, "programmes", "programme", id);
}

// ---- clearing ----

void SqliteAssuranceStore::clear_assurance_data(const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  // Children before parents, so every foreign key holds after each statement; the audit row records
  // how many of each went. The escalation thresholds are configuration, not data, and stay.
  json counts = json::object();
  for (const char* table : {"programme_products", "programmes", "priorities", "risks", "objectives"}) {
    Statement st(db_, std::string("DELETE FROM ") + table);
    st.run();
    counts[table] = sqlite3_changes(db_);
  }
  store::write_audit(db_, actor, "assurance", 0, "delete", counts.dump(), "");
  tx.commit();
}

}  // namespace ics
