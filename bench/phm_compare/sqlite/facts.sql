-- (a) per person, events by setting in the year before AT, rolled up to PCN x setting (persons alive on AT).
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -1000000;
.headers on
.mode csv
.once @OUT@/facts.csv
WITH alive AS (
  SELECT person_id, pcn FROM persons
  WHERE @AT_MONTH@ - (CAST(substr(birth_month, 1, 4) AS INTEGER) * 12 + CAST(substr(birth_month, 6, 2) AS INTEGER) - 1) >= 0
    AND (date_of_death = '' OR date_of_death >= '@AT@')),
per_person AS (
  SELECT person_id, setting, count(*) AS n FROM events
  WHERE date >= '@YEAR_AGO@' AND date < '@AT@'
  GROUP BY person_id, setting)
SELECT a.pcn, pp.setting, count(*) AS persons_with_event, sum(pp.n) AS events
FROM per_person pp JOIN alive a ON a.person_id = pp.person_id
GROUP BY a.pcn, pp.setting
ORDER BY a.pcn, pp.setting;
