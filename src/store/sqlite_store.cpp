#include "store/sqlite_store.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

#include "store/migrations.h"
#include "store/sqlite_account_store.h"
#include "store/sqlite_assurance_store.h"
#include "store/sqlite_finance_store.h"
#include "store/sqlite_governance_store.h"
#include "store/sqlite_util.h"

namespace ics {
namespace {

using store::Statement;
using store::Transaction;

Metric read_metric(const Statement& st) {
  Metric m;
  m.id = st.text(0);
  m.name = st.text(1);
  m.service_area = st.text(2);
  const auto unit = parse_metric_unit(st.text(3));
  const auto improvement = parse_improvement(st.text(4));
  if (!unit || !improvement) throw std::runtime_error("store: metric \"" + m.id + "\" has a bad unit or direction");
  m.unit = *unit;
  m.improvement = *improvement;
  m.standard = st.optional_real(5);
  m.source = st.text(6);
  return m;
}

Organisation read_organisation(const Statement& st) {
  Organisation o;
  o.code = st.text(0);
  o.name = st.text(1);
  const auto type = parse_organisation_type(st.text(2));
  if (!type) throw std::runtime_error("store: organisation \"" + o.code + "\" has a bad type");
  o.type = *type;
  o.parent_code = st.text(3);
  return o;
}

constexpr std::string_view kMetricColumns = "id, name, service_area, unit, improvement, standard, source";
constexpr std::string_view kOrganisationColumns = "code, name, type, parent_code";

// WHERE clause for a query, with its parameters in bind order.
struct Filter {
  std::string sql;
  std::vector<std::string> params;
};

Filter filter_for(const ObservationQuery& q) {
  Filter f;
  auto add = [&](const std::string& clause) { f.sql += (f.sql.empty() ? " WHERE " : " AND ") + clause; };
  if (q.metric_id) {
    add("metric_id = ?");
    f.params.push_back(*q.metric_id);
  }
  if (!q.org_codes.empty()) {
    std::string in = "org_code IN (";
    for (size_t i = 0; i < q.org_codes.size(); ++i) {
      in += i ? ",?" : "?";
      f.params.push_back(q.org_codes[i]);
    }
    add(in + ")");
  }
  // 'YYYY-MM' text sorts in time order, so month ranges are string comparisons.
  if (q.from) {
    add("month >= ?");
    f.params.push_back(q.from->to_string());
  }
  if (q.to) {
    add("month <= ?");
    f.params.push_back(q.to->to_string());
  }
  return f;
}

void bind_all(Statement& st, const std::vector<std::string>& params) {
  for (size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& url) {
  // Without this a PostgreSQL URL would silently become a SQLite file of that name.
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    throw std::runtime_error("PostgreSQL stores are not supported yet: \"" + url + "\"");
  return std::make_unique<SqliteStore>(url);
}

SqliteStore::SqliteStore(const std::string& path) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("cannot open store \"" + path + "\": " + message);
  }
  try {
    sqlite3_busy_timeout(db_, 5000);  // other processes (an import beside `ics serve`) may hold the lock briefly
    store::exec(db_, "PRAGMA foreign_keys = ON");
    if (path != ":memory:") store::exec(db_, "PRAGMA journal_mode = WAL");
    store::exec(db_, "PRAGMA synchronous = NORMAL");  // safe with WAL; a crash loses at most the last commit
    store::exec(db_, "PRAGMA cache_size = -32768");   // 32 MiB: a national file's pages stay in memory
    store::migrate(db_);
  } catch (const std::exception& e) {
    sqlite3_close(db_);
    throw std::runtime_error("cannot open store \"" + path + "\": " + e.what());
  }
  governance_ = std::make_unique<SqliteGovernanceStore>(db_, mutex_);
  accounts_ = std::make_unique<SqliteAccountStore>(db_, mutex_);
  assurance_ = std::make_unique<SqliteAssuranceStore>(db_, mutex_);
  finance_ = std::make_unique<SqliteFinanceStore>(db_, mutex_);
}

SqliteStore::~SqliteStore() { sqlite3_close(db_); }

GovernanceStore& SqliteStore::governance() { return *governance_; }
AccountStore& SqliteStore::accounts() { return *accounts_; }
AssuranceStore& SqliteStore::assurance() { return *assurance_; }
FinanceStore& SqliteStore::finance() { return *finance_; }

int SqliteStore::schema_version() {
  std::lock_guard lock(mutex_);
  return store::current_schema_version(db_);
}

void SqliteStore::upsert_metrics(const std::vector<Metric>& metrics) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  Statement st(db_,
               "INSERT INTO metrics(id, name, service_area, unit, improvement, standard, source)"
               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
               " ON CONFLICT(id) DO UPDATE SET name = ?2, service_area = ?3, unit = ?4, improvement = ?5,"
               " standard = ?6, source = ?7");
  for (const auto& m : metrics) {
    st.bind(1, m.id);
    st.bind(2, m.name);
    st.bind(3, m.service_area);
    st.bind(4, to_string(m.unit));
    st.bind(5, to_string(m.improvement));
    st.bind(6, m.standard);
    st.bind(7, m.source);
    st.run();
  }
  tx.commit();
}

std::vector<Metric> SqliteStore::metrics() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT " + std::string(kMetricColumns) + " FROM metrics ORDER BY service_area, id");
  std::vector<Metric> out;
  while (st.step()) out.push_back(read_metric(st));
  return out;
}

std::optional<Metric> SqliteStore::metric(const std::string& id) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT " + std::string(kMetricColumns) + " FROM metrics WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return read_metric(st);
}

void SqliteStore::upsert_organisations(const std::vector<Organisation>& orgs) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  Statement st(db_,
               "INSERT INTO organisations(code, name, type, parent_code) VALUES (?1, ?2, ?3, ?4)"
               " ON CONFLICT(code) DO UPDATE SET name = ?2, type = ?3, parent_code = ?4");
  for (const auto& o : orgs) {
    st.bind(1, o.code);
    st.bind(2, o.name);
    st.bind(3, to_string(o.type));
    st.bind(4, o.parent_code);
    st.run();
  }
  tx.commit();
}

std::vector<Organisation> SqliteStore::organisations() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT " + std::string(kOrganisationColumns) + " FROM organisations ORDER BY code");
  std::vector<Organisation> out;
  while (st.step()) out.push_back(read_organisation(st));
  return out;
}

std::optional<Organisation> SqliteStore::organisation(const std::string& code) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT " + std::string(kOrganisationColumns) + " FROM organisations WHERE code = ?");
  st.bind(1, code);
  if (!st.step()) return std::nullopt;
  return read_organisation(st);
}

ImportSummary SqliteStore::put_observations(const std::vector<Observation>& observations) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  // Check metric ids first, so the error names the metric rather than a constraint.
  std::unordered_set<std::string> known;
  {
    Statement ids(db_, "SELECT id FROM metrics");
    while (ids.step()) known.insert(ids.text(0));
  }
  for (const auto& o : observations)
    if (!known.count(o.metric_id))
      throw std::runtime_error("unknown metric id \"" + o.metric_id + "\" (no observations were written)");

  // Insert if new; otherwise update only when a value differs, so the summary can tell
  // new rows, revisions and re-sent identical rows apart.
  Statement insert(db_,
                   "INSERT INTO observations(metric_id, org_code, month, numerator, denominator, value)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING");
  Statement update(db_,
                   "UPDATE observations SET numerator = ?4, denominator = ?5, value = ?6"
                   " WHERE metric_id = ?1 AND org_code = ?2 AND month = ?3"
                   " AND (numerator IS NOT ?4 OR denominator IS NOT ?5 OR value IS NOT ?6)");
  // Writing in key order keeps the B-tree pages hot: much faster for large national files.
  std::vector<const Observation*> ordered;
  ordered.reserve(observations.size());
  for (const auto& o : observations) ordered.push_back(&o);
  std::sort(ordered.begin(), ordered.end(), [](const Observation* a, const Observation* b) {
    return std::tie(a->metric_id, a->org_code, a->month) < std::tie(b->metric_id, b->org_code, b->month);
  });
  ImportSummary summary;
  auto bind_row = [](Statement& st, const Observation& o, const std::string& month) {
    st.bind_static(1, o.metric_id);
    st.bind_static(2, o.org_code);
    st.bind_static(3, month);
    st.bind(4, o.numerator);
    st.bind(5, o.denominator);
    st.bind(6, o.value);
  };
  for (const Observation* o : ordered) {
    const std::string month = o->month.to_string();  // run() clears the bindings before it goes
    bind_row(insert, *o, month);
    insert.run();
    if (sqlite3_changes(db_) == 1) {
      ++summary.added;
      continue;
    }
    bind_row(update, *o, month);
    update.run();
    if (sqlite3_changes(db_) == 1) ++summary.replaced;
    else ++summary.unchanged;
  }
  tx.commit();
  return summary;
}

std::vector<Observation> SqliteStore::observations(const ObservationQuery& query) {
  std::lock_guard lock(mutex_);
  const Filter f = filter_for(query);
  Statement st(db_,
               "SELECT metric_id, org_code, month, numerator, denominator, value FROM observations" + f.sql +
                   " ORDER BY metric_id, org_code, month");
  bind_all(st, f.params);
  std::vector<Observation> out;
  while (st.step()) {
    Observation o;
    o.metric_id = st.text(0);
    o.org_code = st.text(1);
    const auto month = parse_month(st.text(2));
    if (!month) throw std::runtime_error("store: bad month \"" + st.text(2) + "\" in observations");
    o.month = *month;
    o.numerator = st.optional_real(3);
    o.denominator = st.optional_real(4);
    o.value = st.real(5);
    out.push_back(std::move(o));
  }
  return out;
}

size_t SqliteStore::count_observations(const ObservationQuery& query) {
  std::lock_guard lock(mutex_);
  const Filter f = filter_for(query);
  Statement st(db_, "SELECT COUNT(*) FROM observations" + f.sql);
  bind_all(st, f.params);
  st.step();
  return static_cast<size_t>(st.integer(0));
}

std::vector<std::string> SqliteStore::observed_org_codes() {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT DISTINCT org_code FROM observations ORDER BY org_code");  // uses observations_by_org
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

void SqliteStore::clear_performance_data() {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  store::exec(db_, "DELETE FROM observations; DELETE FROM organisations; DELETE FROM metrics;");
  tx.commit();
}

}  // namespace ics
