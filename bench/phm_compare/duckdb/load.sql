-- CSV -> tables in a DuckDB database file (columnar, compressed); column types given, so nothing is sniffed.
CREATE TABLE persons AS SELECT * FROM read_csv('@DATA@/persons.csv', header = true, columns = {
  'person_id': 'VARCHAR', 'birth_month': 'VARCHAR', 'sex': 'VARCHAR', 'ethnic_group': 'VARCHAR', 'lsoa': 'VARCHAR',
  'imd_decile': 'INTEGER', 'practice': 'VARCHAR', 'pcn': 'VARCHAR', 'place': 'VARCHAR', 'date_of_death': 'DATE'});
CREATE TABLE events AS SELECT * FROM read_csv('@DATA@/events.csv', header = true, columns = {
  'person_id': 'VARCHAR', 'date': 'DATE', 'setting': 'VARCHAR', 'length_of_stay': 'INTEGER', 'cost': 'DOUBLE'});
CHECKPOINT;
