#pragma once
// Thin RAII wrappers over the SQLite C API, used only inside src/store.
// Every failure throws std::runtime_error carrying SQLite's message.
#include <sqlite3.h>

#include <optional>
#include <string>
#include <string_view>

namespace ics::store {

// Runs one or more statements that return no rows.
void exec(sqlite3* db, std::string_view sql);

// A prepared statement. Owns the sqlite3_stmt; the connection must outlive it.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds by 1-based index. Text is copied by SQLite.
  void bind(int index, std::string_view text);
  // Binds text without copying: the caller keeps it alive until the statement is reset.
  void bind_static(int index, std::string_view text);
  void bind(int index, double value);
  void bind(int index, long long value);
  void bind(int index, const std::optional<double>& value);  // NULL when absent
  void bind_null(int index);
  void bind_blob(int index, std::string_view bytes);  // as a BLOB (copied), e.g. a paper's file

  // Advances; true while a row is available, false when done.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  // Clears bindings and rewinds, so the statement can run again.
  void reset();

  std::string text(int column) const;
  double real(int column) const;
  long long integer(int column) const;
  std::optional<double> optional_real(int column) const;  // nullopt for NULL
  bool is_null(int column) const;
  std::string blob(int column) const;  // a BLOB's bytes ("" for NULL)

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called, so an
// exception anywhere between leaves the database unchanged.
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  sqlite3* db_;
  bool done_ = false;
};

}  // namespace ics::store
