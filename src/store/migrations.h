#pragma once
// Versioned schema migrations for the SQLite store. Each migration is applied once, in its own
// transaction, and recorded in schema_migrations(version, applied_at). To change the schema,
// append one entry to the list in migrations.cpp; never edit an entry that has shipped.
#include <sqlite3.h>

#include <string_view>
#include <vector>

namespace ics::store {

struct Migration {
  int version;           // 1, 2, 3 ... in order, no gaps
  std::string_view sql;  // one or more statements
};

// Every migration, in version order.
const std::vector<Migration>& migrations();

// The version the newest migration brings the schema to.
int latest_schema_version();

// Applies every migration newer than the database's version, each in its own transaction.
// Safe to call on every open. Throws std::runtime_error (after rolling that migration back) on failure.
void migrate(sqlite3* db);

// The highest version recorded in schema_migrations (0 for a fresh database).
int current_schema_version(sqlite3* db);

}  // namespace ics::store
