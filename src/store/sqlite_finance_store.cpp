#include "store/sqlite_finance_store.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "store/sqlite_util.h"

namespace ics {
namespace {

using store::Statement;
using store::Transaction;

void bind_optional(Statement& st, int index, const std::optional<long long>& value) {
  if (value) st.bind(index, *value);
  else st.bind_null(index);
}
std::optional<long long> optional_integer(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return st.integer(column);
}
std::optional<long long> as_long_long(const std::optional<Pence>& pence) {
  if (pence) return static_cast<long long>(*pence);
  return std::nullopt;
}

// The enum's stored name; refuses a value without one (a cast from bad input), so the batch writes nothing.
template <class E>
std::string_view stored_name(E value, const char* what) {
  const std::string_view name = enum_name(value);
  if (name.empty())
    throw std::runtime_error(std::string("unknown ") + what + " " + std::to_string(static_cast<int>(value)) +
                             " (nothing was written)");
  return name;
}

// The month as stored, "2024-04"; refuses one that would not read back (month 13, year 0).
std::string stored_month(const Month& month) {
  if (month.month < 1 || month.month > 12 || month.year < 1 || month.year > 9999)
    throw std::runtime_error("bad month " + std::to_string(month.year) + "-" + std::to_string(month.month) +
                             " (nothing was written)");
  return month.to_string();
}

Month read_month(const Statement& st, int column, const char* table) {
  const auto month = parse_month(st.text(column));
  if (!month) throw std::runtime_error("store: bad month \"" + st.text(column) + "\" in " + table);
  return *month;
}
template <class E>
E read_enum(const Statement& st, int column, const char* table) {
  const auto value = parse_enum<E>(st.text(column));
  if (!value) throw std::runtime_error("store: unknown value \"" + st.text(column) + "\" in " + table);
  return *value;
}

// Writes rows in one transaction: inserts a row whose key is new; otherwise updates it only when a value
// differs, so the summary tells new rows, revisions and re-sent identical rows apart (as put_observations
// does). `bind` binds a row's key and values as ?1..?n for both statements.
template <class Row, class Bind>
FinancePutSummary put_rows(sqlite3* db, const std::vector<Row>& rows, const std::string& insert_sql,
                           const std::string& update_sql, Bind bind) {
  Transaction tx(db);
  Statement insert(db, insert_sql + " ON CONFLICT DO NOTHING");
  Statement update(db, update_sql);
  FinancePutSummary summary;
  for (const Row& row : rows) {
    bind(insert, row);
    insert.run();
    if (sqlite3_changes(db) == 1) {
      ++summary.added;
      continue;
    }
    bind(update, row);
    update.run();
    if (sqlite3_changes(db) == 1) ++summary.replaced;
    else ++summary.unchanged;
  }
  tx.commit();
  return summary;
}

// The months of a financial year as stored text: "2024-04" .. "2025-03".
std::pair<std::string, std::string> year_months(int financial_year_start) {
  return {Month{financial_year_start, 4}.to_string(), Month{financial_year_start + 1, 3}.to_string()};
}

}  // namespace

// ---- ledger ----

FinancePutSummary SqliteFinanceStore::put_ledger(const std::vector<LedgerEntry>& entries) {
  std::lock_guard lock(mutex_);
  return put_rows(db_, entries,
                  "INSERT INTO finance_ledger(org_code, month, line, plan, actual, forecast)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                  "UPDATE finance_ledger SET plan = ?4, actual = ?5, forecast = ?6"
                  " WHERE org_code = ?1 AND month = ?2 AND line = ?3"
                  " AND (plan IS NOT ?4 OR actual IS NOT ?5 OR forecast IS NOT ?6)",
                  [](Statement& st, const LedgerEntry& e) {
                    st.bind(1, e.org_code);
                    st.bind(2, stored_month(e.month));
                    st.bind(3, stored_name(e.line, "finance line"));
                    st.bind(4, static_cast<long long>(e.plan));
                    bind_optional(st, 5, as_long_long(e.actual));
                    bind_optional(st, 6, as_long_long(e.forecast));
                  });
}

std::vector<LedgerEntry> SqliteFinanceStore::ledger(int financial_year_start) {
  std::lock_guard lock(mutex_);
  const auto [from, to] = year_months(financial_year_start);
  Statement st(db_,
               "SELECT org_code, month, line, plan, actual, forecast FROM finance_ledger"
               " WHERE month >= ? AND month <= ?");
  st.bind(1, from);
  st.bind(2, to);
  std::vector<LedgerEntry> out;
  while (st.step()) {
    LedgerEntry e;
    e.org_code = st.text(0);
    e.month = read_month(st, 1, "finance_ledger");
    e.line = read_enum<FinanceLine>(st, 2, "finance_ledger");
    e.plan = st.integer(3);
    e.actual = optional_integer(st, 4);
    e.forecast = optional_integer(st, 5);
    out.push_back(std::move(e));
  }
  // Lines in the order the enum lists them (income first), not alphabetically.
  std::sort(out.begin(), out.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
    return std::tie(a.org_code, a.month, a.line) < std::tie(b.org_code, b.month, b.line);
  });
  return out;
}

std::vector<int> SqliteFinanceStore::ledger_years() {
  std::lock_guard lock(mutex_);
  // January to March belong to the financial year that started the April before.
  Statement st(db_,
               "SELECT DISTINCT CAST(substr(month, 1, 4) AS INTEGER)"
               " - (CASE WHEN substr(month, 6, 2) < '04' THEN 1 ELSE 0 END) AS year"
               " FROM finance_ledger ORDER BY year DESC");
  std::vector<int> out;
  while (st.step()) out.push_back(static_cast<int>(st.integer(0)));
  return out;
}

std::optional<Month> SqliteFinanceStore::latest_actual_month(int financial_year_start) {
  std::lock_guard lock(mutex_);
  const auto [from, to] = year_months(financial_year_start);
  Statement st(db_, "SELECT MAX(month) FROM finance_ledger WHERE month >= ? AND month <= ? AND actual IS NOT NULL");
  st.bind(1, from);
  st.bind(2, to);
  if (!st.step() || st.is_null(0)) return std::nullopt;
  return read_month(st, 0, "finance_ledger");
}

// ---- envelopes ----

FinancePutSummary SqliteFinanceStore::put_envelopes(const std::vector<Envelope>& envelopes) {
  std::lock_guard lock(mutex_);
  return put_rows(db_, envelopes,
                  "INSERT INTO envelopes(financial_year_start, kind, amount) VALUES (?1, ?2, ?3)",
                  "UPDATE envelopes SET amount = ?3 WHERE financial_year_start = ?1 AND kind = ?2 AND amount IS NOT ?3",
                  [](Statement& st, const Envelope& e) {
                    st.bind(1, static_cast<long long>(e.financial_year_start));
                    st.bind(2, stored_name(e.kind, "envelope kind"));
                    st.bind(3, static_cast<long long>(e.amount));
                  });
}

std::vector<Envelope> SqliteFinanceStore::envelopes(int financial_year_start) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT kind, amount FROM envelopes WHERE financial_year_start = ?");
  st.bind(1, static_cast<long long>(financial_year_start));
  std::vector<Envelope> out;
  while (st.step())
    out.push_back(Envelope{financial_year_start, read_enum<EnvelopeKind>(st, 0, "envelopes"), st.integer(1)});
  std::sort(out.begin(), out.end(), [](const Envelope& a, const Envelope& b) { return a.kind < b.kind; });
  return out;
}

// ---- activity ----

FinancePutSummary SqliteFinanceStore::put_activity(const std::vector<ActivityEntry>& entries) {
  std::lock_guard lock(mutex_);
  return put_rows(db_, entries,
                  "INSERT INTO activity(org_code, month, pod, plan, actual) VALUES (?1, ?2, ?3, ?4, ?5)",
                  "UPDATE activity SET plan = ?4, actual = ?5 WHERE org_code = ?1 AND month = ?2 AND pod = ?3"
                  " AND (plan IS NOT ?4 OR actual IS NOT ?5)",
                  [](Statement& st, const ActivityEntry& e) {
                    st.bind(1, e.org_code);
                    st.bind(2, stored_month(e.month));
                    st.bind(3, stored_name(e.pod, "point of delivery"));
                    st.bind(4, e.plan);
                    bind_optional(st, 5, e.actual);
                  });
}

std::vector<ActivityEntry> SqliteFinanceStore::activity(Month from, Month to) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT org_code, month, pod, plan, actual FROM activity WHERE month >= ? AND month <= ?");
  st.bind(1, from.to_string());
  st.bind(2, to.to_string());
  std::vector<ActivityEntry> out;
  while (st.step())
    out.push_back(ActivityEntry{st.text(0), read_month(st, 1, "activity"), read_enum<ActivityPod>(st, 2, "activity"),
                                st.integer(3), optional_integer(st, 4)});
  std::sort(out.begin(), out.end(), [](const ActivityEntry& a, const ActivityEntry& b) {
    return std::tie(a.org_code, a.month, a.pod) < std::tie(b.org_code, b.month, b.pod);
  });
  return out;
}

// ---- workforce ----

FinancePutSummary SqliteFinanceStore::put_workforce(const std::vector<WorkforceEntry>& entries) {
  std::lock_guard lock(mutex_);
  return put_rows(db_, entries,
                  "INSERT INTO workforce(org_code, month, measure, plan, actual) VALUES (?1, ?2, ?3, ?4, ?5)",
                  "UPDATE workforce SET plan = ?4, actual = ?5 WHERE org_code = ?1 AND month = ?2 AND measure = ?3"
                  " AND (plan IS NOT ?4 OR actual IS NOT ?5)",
                  [](Statement& st, const WorkforceEntry& e) {
                    st.bind(1, e.org_code);
                    st.bind(2, stored_month(e.month));
                    st.bind(3, stored_name(e.measure, "workforce measure"));
                    st.bind(4, e.plan);
                    st.bind(5, e.actual);
                  });
}

std::vector<WorkforceEntry> SqliteFinanceStore::workforce(Month from, Month to) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT org_code, month, measure, plan, actual FROM workforce WHERE month >= ? AND month <= ?");
  st.bind(1, from.to_string());
  st.bind(2, to.to_string());
  std::vector<WorkforceEntry> out;
  while (st.step())
    out.push_back(WorkforceEntry{st.text(0), read_month(st, 1, "workforce"),
                                 read_enum<WorkforceMeasure>(st, 2, "workforce"), st.optional_real(3),
                                 st.optional_real(4)});
  std::sort(out.begin(), out.end(), [](const WorkforceEntry& a, const WorkforceEntry& b) {
    return std::tie(a.org_code, a.month, a.measure) < std::tie(b.org_code, b.month, b.measure);
  });
  return out;
}

// ---- clearing ----

void SqliteFinanceStore::clear_finance_data() {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  store::exec(db_, "DELETE FROM finance_ledger; DELETE FROM envelopes; DELETE FROM activity; DELETE FROM workforce;");
  tx.commit();
}

}  // namespace ics
