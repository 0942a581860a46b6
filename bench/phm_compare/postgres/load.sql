-- CSV -> tables, read by the server (COPY). Unlogged tables in a throwaway cluster (fsync off); no indexes
-- (the queries are hash joins and aggregations); ANALYZE so the planner knows the sizes.
CREATE UNLOGGED TABLE persons (
  person_id text, birth_month text, sex text, ethnic_group text, lsoa text, imd_decile integer,
  practice text, pcn text, place text, date_of_death date);
CREATE UNLOGGED TABLE events (person_id text, date date, setting text, length_of_stay integer, cost double precision);
COPY persons FROM '@DATA@/persons.csv' WITH (FORMAT csv, HEADER true);
COPY events FROM '@DATA@/events.csv' WITH (FORMAT csv, HEADER true);
ANALYZE persons;
ANALYZE events;
