-- CSV -> tables. A throwaway database: no journal, no fsync. persons gets its primary key (SQLite joins by
-- index lookups); events none.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE persons (
  person_id TEXT PRIMARY KEY, birth_month TEXT, sex TEXT, ethnic_group TEXT, lsoa TEXT, imd_decile INTEGER,
  practice TEXT, pcn TEXT, place TEXT, date_of_death TEXT) WITHOUT ROWID;
CREATE TABLE events (person_id TEXT, date TEXT, setting TEXT, length_of_stay INTEGER, cost REAL);
.import --csv --skip 1 @DATA@/persons.csv persons
.import --csv --skip 1 @DATA@/events.csv events
ANALYZE;
