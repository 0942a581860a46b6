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
      // Governance records are small and shaped by each committee's terms of reference, which change more
      // often than a schema should. So each table keeps as columns only what queries, foreign keys and
      // uniqueness need, and the whole record as JSON in `body` (domain/governance_json.h), the same form the
      // API and the audit trail use. AUTOINCREMENT keeps ids from being reused after a clear, so audit rows
      // never point at a different record. Accounts, sessions and tokens are plain typed columns.
      {2, R"sql(
        CREATE TABLE people (
          id       INTEGER PRIMARY KEY AUTOINCREMENT,
          name     TEXT NOT NULL,
          org_code TEXT NOT NULL DEFAULT '',
          body     TEXT NOT NULL
        );
        CREATE TABLE committees (
          id         INTEGER PRIMARY KEY AUTOINCREMENT,
          name       TEXT NOT NULL,
          code       TEXT NOT NULL,
          reports_to INTEGER REFERENCES committees(id),
          body       TEXT NOT NULL
        );
        CREATE TABLE meetings (
          id           INTEGER PRIMARY KEY AUTOINCREMENT,
          committee_id INTEGER NOT NULL REFERENCES committees(id),
          date         TEXT NOT NULL,
          start_time   TEXT NOT NULL DEFAULT '',
          body         TEXT NOT NULL
        );
        CREATE INDEX meetings_by_committee ON meetings(committee_id, date, start_time);
        CREATE TABLE papers (
          id            INTEGER PRIMARY KEY AUTOINCREMENT,
          meeting_id    INTEGER REFERENCES meetings(id),
          enclosure_ref TEXT NOT NULL DEFAULT '',
          confidential  INTEGER NOT NULL DEFAULT 0,
          body          TEXT NOT NULL
        );
        CREATE INDEX papers_by_meeting ON papers(meeting_id, enclosure_ref);
        -- The file apart from the cover sheet, so listing papers never reads megabytes of PDF.
        CREATE TABLE paper_files (
          paper_id     INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
          name         TEXT NOT NULL,
          content_type TEXT NOT NULL,
          size         INTEGER NOT NULL,
          sha256       TEXT NOT NULL,
          bytes        BLOB NOT NULL
        );
        CREATE TABLE actions (
          id           INTEGER PRIMARY KEY AUTOINCREMENT,
          ref          TEXT NOT NULL UNIQUE,
          ref_prefix   TEXT NOT NULL,     -- "B" of "B203": actions sort by prefix, then number
          ref_number   INTEGER NOT NULL,  -- 203
          committee_id INTEGER NOT NULL REFERENCES committees(id),
          meeting_id   INTEGER REFERENCES meetings(id),
          owner_id     INTEGER REFERENCES people(id),
          status       TEXT NOT NULL,
          due          TEXT,
          body         TEXT NOT NULL
        );
        CREATE INDEX actions_by_committee ON actions(committee_id);
        CREATE INDEX actions_by_owner ON actions(owner_id);
        CREATE TABLE decisions (
          id           INTEGER PRIMARY KEY AUTOINCREMENT,
          ref          TEXT NOT NULL UNIQUE,
          committee_id INTEGER NOT NULL REFERENCES committees(id),
          meeting_id   INTEGER REFERENCES meetings(id),
          date         TEXT NOT NULL,
          body         TEXT NOT NULL
        );
        CREATE INDEX decisions_by_committee ON decisions(committee_id, date);
        CREATE TABLE interests (
          id        INTEGER PRIMARY KEY AUTOINCREMENT,
          person_id INTEGER NOT NULL REFERENCES people(id),
          body      TEXT NOT NULL
        );
        CREATE INDEX interests_by_person ON interests(person_id);
        CREATE TABLE audit_trail (
          id        INTEGER PRIMARY KEY AUTOINCREMENT,
          at        TEXT NOT NULL,
          actor     TEXT NOT NULL,
          entity    TEXT NOT NULL,
          entity_id INTEGER NOT NULL,
          change    TEXT NOT NULL,
          before    TEXT NOT NULL DEFAULT '',
          after     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_by_entity ON audit_trail(entity, entity_id);
        -- Clearing governance data unlinks an account from its person rather than deleting the account.
        CREATE TABLE accounts (
          id            INTEGER PRIMARY KEY AUTOINCREMENT,
          name          TEXT NOT NULL UNIQUE,
          role          TEXT NOT NULL,
          person_id     INTEGER REFERENCES people(id) ON DELETE SET NULL,
          password_hash TEXT NOT NULL,
          disabled      INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sessions (
          token_hash TEXT PRIMARY KEY,
          account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
          csrf_token TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX sessions_by_expiry ON sessions(expires_at);
        CREATE TABLE api_tokens (
          token_hash TEXT PRIMARY KEY,
          account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
          created_at TEXT NOT NULL
        ) WITHOUT ROWID;
      )sql"},
      // Assurance records follow migration 2's pattern: key columns plus the JSON body
      // (domain/assurance_json.h). A programme's product committees sit in programme_products, so their
      // foreign keys hold as the governance tables' do. Finance rows are many and uniform, so they are
      // plain typed columns: money as integer pence, months as "YYYY-MM" text so ranges compare as text.
      {3, R"sql(
        CREATE TABLE objectives (
          id   INTEGER PRIMARY KEY AUTOINCREMENT,
          ref  TEXT NOT NULL UNIQUE,
          body TEXT NOT NULL
        );
        CREATE TABLE risks (
          id           INTEGER PRIMARY KEY AUTOINCREMENT,
          ref          TEXT NOT NULL UNIQUE,
          objective_id INTEGER REFERENCES objectives(id),
          confidential INTEGER NOT NULL DEFAULT 0,
          body         TEXT NOT NULL
        );
        CREATE INDEX risks_by_objective ON risks(objective_id);
        -- One row at most (id 1); absent until the secretariat first saves the thresholds.
        CREATE TABLE escalation_rules (
          id   INTEGER PRIMARY KEY CHECK (id = 1),
          body TEXT NOT NULL
        );
        CREATE TABLE priorities (
          id                      INTEGER PRIMARY KEY AUTOINCREMENT,
          ref                     TEXT NOT NULL UNIQUE,
          overseeing_committee_id INTEGER NOT NULL REFERENCES committees(id),
          body                    TEXT NOT NULL
        );
        CREATE INDEX priorities_by_committee ON priorities(overseeing_committee_id);
        CREATE TABLE programmes (
          id   INTEGER PRIMARY KEY AUTOINCREMENT,
          ref  TEXT NOT NULL UNIQUE,
          body TEXT NOT NULL
        );
        -- The committees a programme's products go to, one row per product, kept for the foreign key.
        CREATE TABLE programme_products (
          programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
          position     INTEGER NOT NULL,
          committee_id INTEGER NOT NULL REFERENCES committees(id),
          PRIMARY KEY (programme_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX programme_products_by_committee ON programme_products(committee_id);
        CREATE TABLE finance_ledger (
          org_code TEXT NOT NULL,
          month    TEXT NOT NULL,
          line     TEXT NOT NULL,
          plan     INTEGER NOT NULL,
          actual   INTEGER,
          forecast INTEGER,
          PRIMARY KEY (org_code, month, line)
        ) WITHOUT ROWID;
        CREATE INDEX finance_ledger_by_month ON finance_ledger(month);
        CREATE TABLE envelopes (
          financial_year_start INTEGER NOT NULL,
          kind                 TEXT NOT NULL,
          amount               INTEGER NOT NULL,
          PRIMARY KEY (financial_year_start, kind)
        ) WITHOUT ROWID;
        CREATE TABLE activity (
          org_code TEXT NOT NULL,
          month    TEXT NOT NULL,
          pod      TEXT NOT NULL,
          plan     INTEGER NOT NULL,
          actual   INTEGER,
          PRIMARY KEY (org_code, month, pod)
        ) WITHOUT ROWID;
        CREATE INDEX activity_by_month ON activity(month);
        CREATE TABLE workforce (
          org_code TEXT NOT NULL,
          month    TEXT NOT NULL,
          measure  TEXT NOT NULL,
          plan     REAL,
          actual   REAL,
          PRIMARY KEY (org_code, month, measure)
        ) WITHOUT ROWID;
        CREATE INDEX workforce_by_month ON workforce(month);
      )sql"},
      // Patient-level access for population health: the PCNs whose case-finding lists (patient-identifiable)
      // an account may see. Codes are not foreign keys: a PCN may be in the population snapshot only.
      {4, R"sql(
        CREATE TABLE account_pcn_grants (
          account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
          pcn_code   TEXT NOT NULL,
          PRIMARY KEY (account_id, pcn_code)
        ) WITHOUT ROWID;
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
