#include "store/migrations.h"

#include <stdexcept>
#include <string>

#include "store/sqlite_util.h"

namespace ics::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations{
      {1, R"sql(
        CREATE TABLE metrics (
          id           TEXT PRIMARY KEY,
          name         TEXT NOT NULL,
          service_area TEXT NOT NULL,
          unit         TEXT NOT NULL,
          improvement  TEXT NOT NULL,
          standard     REAL,
          source       TEXT NOT NULL
        );
        CREATE TABLE organisations (
          code        TEXT PRIMARY KEY,
          name        TEXT NOT NULL,
          type        TEXT NOT NULL,
          parent_code TEXT NOT NULL DEFAULT ''
        );
        -- org_code is deliberately not a foreign key: national files hold every trust in England.
        CREATE TABLE observations (
          metric_id   TEXT NOT NULL REFERENCES metrics(id),
          org_code    TEXT NOT NULL,
          month       TEXT NOT NULL,
          numerator   REAL,
          denominator REAL,
          value       REAL NOT NULL,
          PRIMARY KEY (metric_id, org_code, month)
        ) WITHOUT ROWID;
        CREATE INDEX observations_by_org ON observations(org_code, metric_id, month);
      )sql"},
      // Append migration N+1 here as {N+1, R"sql(...)sql"}.
  };
  return kMigrations;
}

int latest_schema_version() { return migrations().back().version; }

int current_schema_version(sqlite3* db) {
  Statement st(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  st.step();
  return static_cast<int>(st.integer(0));
}

void migrate(sqlite3* db) {
  exec(db,
       "CREATE TABLE IF NOT EXISTS schema_migrations ("
       " version INTEGER PRIMARY KEY,"
       " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
  for (const auto& m : migrations()) {
    // Re-read inside the transaction, so two processes opening a fresh file do not both apply it.
    Transaction tx(db);
    if (current_schema_version(db) >= m.version) continue;
    try {
      exec(db, m.sql);
    } catch (const std::exception& e) {
      throw std::runtime_error("migration " + std::to_string(m.version) + " failed: " + e.what());
    }
    Statement record(db, "INSERT INTO schema_migrations(version) VALUES (?)");
    record.bind(1, static_cast<long long>(m.version));
    record.run();
    tx.commit();
  }
}

}  // namespace ics::store
