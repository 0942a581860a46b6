#pragma once
// Saving and loading records kept as key columns plus a JSON `body` (migrations 2 and 3), shared by the
// SQLite governance and assurance stores. Callers hold the store's mutex and, when writing, an open transaction. The record
// type T needs an `id` member and to_json / from_json.
#include <sqlite3.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "store/sqlite_audit.h"
#include "store/sqlite_util.h"

namespace ics::store {

// A key column's value: NULL, an integer or text.
using Value = std::variant<std::nullptr_t, long long, std::string>;
using Columns = std::vector<std::pair<const char*, Value>>;

inline void bind_value(Statement& st, int index, const Value& value) {
  if (const auto* i = std::get_if<long long>(&value)) st.bind(index, *i);
  else if (const auto* s = std::get_if<std::string>(&value)) st.bind(index, *s);
  else st.bind_null(index);
}

[[noreturn]] inline void refuse(const std::string& problem) {
  throw std::runtime_error(problem + " (nothing was written)");
}

inline bool row_exists(sqlite3* db, const std::string& table, int64_t id) {
  Statement st(db, "SELECT 1 FROM " + table + " WHERE id = ?");
  st.bind(1, static_cast<long long>(id));
  return st.step();
}

// Refuses a reference to a record that does not exist, naming both ends: "risk SR01: objective 9 does not exist".
inline void require(sqlite3* db, const std::string& table, const char* what, int64_t id, const std::string& referrer) {
  if (!row_exists(db, table, id)) refuse(referrer + ": " + what + " " + std::to_string(id) + " does not exist");
}
// The same for an optional reference: none is always allowed.
inline void require(sqlite3* db, const std::string& table, const char* what, const std::optional<int64_t>& id,
                    const std::string& referrer) {
  if (id) require(db, table, what, *id, referrer);
}

// The stored JSON of the record being updated ("" when creating); refuses an update of a missing id.
inline std::string body_before(sqlite3* db, const std::string& table, const char* entity, int64_t id) {
  if (id == 0) return "";
  Statement st(db, "SELECT body FROM " + table + " WHERE id = ?");
  st.bind(1, static_cast<long long>(id));
  if (!st.step()) refuse(std::string("cannot update ") + entity + " " + std::to_string(id) + ": it does not exist");
  return st.text(0);
}

// Refuses a ref that is empty or already used by another record of the table (including one written
// earlier in the same transaction).
inline void require_unique_ref(sqlite3* db, const std::string& table, const char* entity, const std::string& ref,
                               int64_t id) {
  if (ref.empty()) refuse(std::string(entity) + " has no ref");
  Statement st(db, "SELECT id FROM " + table + " WHERE ref = ? AND id != ?");
  st.bind(1, ref);
  st.bind(2, static_cast<long long>(id));
  if (st.step())
    refuse(std::string(entity) + " ref \"" + ref + "\" is already used by " + entity + " " +
           std::to_string(st.integer(0)));
}

// Inserts a row (id 0) or updates the key columns of row id; returns the row's id. The body is written
// afterwards by finish_save, once the id it contains is known.
inline int64_t put_row(sqlite3* db, const std::string& table, int64_t id, const Columns& columns) {
  std::string sql;
  if (id == 0) {
    std::string names = "body", marks = "'{}'";
    for (const auto& [name, value] : columns) {
      names += std::string(", ") + name;
      marks += ", ?";
    }
    sql = "INSERT INTO " + table + "(" + names + ") VALUES (" + marks + ")";
  } else {
    std::string sets;
    for (const auto& [name, value] : columns) sets += (sets.empty() ? "" : ", ") + std::string(name) + " = ?";
    sql = "UPDATE " + table + " SET " + sets + " WHERE id = ?";
  }
  Statement st(db, sql);
  int index = 1;
  for (const auto& [name, value] : columns) bind_value(st, index++, value);
  if (id != 0) st.bind(index, static_cast<long long>(id));
  st.run();
  return id == 0 ? sqlite3_last_insert_rowid(db) : id;
}

// The record's JSON, refusing text that is not UTF-8 (e.g. a Latin-1 title from a spreadsheet).
template <class T>
std::string body_of(const T& record, const std::string& who) {
  try {
    return nlohmann::json(record).dump();
  } catch (const nlohmann::json::exception& e) {
    refuse(who + ": text is not valid UTF-8 (" + e.what() + ")");
  }
}

// Writes the record's JSON as the row's body and the audit row for the change.
template <class T>
void finish_save(sqlite3* db, const std::string& table, const char* entity, const T& record, const std::string& before,
                 const std::string& actor) {
  const std::string after = body_of(record, std::string(entity) + " " + std::to_string(record.id));
  Statement st(db, "UPDATE " + table + " SET body = ? WHERE id = ?");
  st.bind(1, after);
  st.bind(2, static_cast<long long>(record.id));
  st.run();
  write_audit(db, actor, entity, record.id, before.empty() ? "create" : "update", before, after);
}

// Parses a stored body; the id column is the truth for the record's id.
template <class T>
T from_body(const std::string& body, int64_t id, const char* entity) {
  try {
    T record = nlohmann::json::parse(body).get<T>();
    record.id = id;
    return record;
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("store: ") + entity + " " + std::to_string(id) +
                             " is unreadable: " + e.what());
  }
}

// Runs `SELECT id, body ...` and parses every row.
template <class T>
std::vector<T> load_all(Statement& st, const char* entity) {
  std::vector<T> out;
  while (st.step()) out.push_back(from_body<T>(st.text(1), st.integer(0), entity));
  return out;
}

template <class T>
std::optional<T> load_one(sqlite3* db, const std::string& table, const char* entity, int64_t id) {
  Statement st(db, "SELECT id, body FROM " + table + " WHERE id = ?");
  st.bind(1, static_cast<long long>(id));
  auto found = load_all<T>(st, entity);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace ics::store
