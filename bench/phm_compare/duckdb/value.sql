-- (c) indirect standardisation: ICS rates by ESP band x sex x setting (persons alive on AT, events in the
-- year before), expected events per PCN x setting at those rates, observed / expected.
COPY (
WITH alive AS (
  SELECT person_id, pcn, sex, least((@AT_MONTH@ - bm) // 60, 18) AS age_band
  FROM (SELECT person_id, pcn, sex, date_of_death,
               CAST(substr(birth_month, 1, 4) AS INTEGER) * 12 + CAST(substr(birth_month, 6, 2) AS INTEGER) - 1 AS bm
        FROM persons) p
  WHERE @AT_MONTH@ - bm >= 0 AND (date_of_death IS NULL OR date_of_death >= DATE '@AT@')),
cells AS (SELECT pcn, age_band, sex, count(*) AS persons FROM alive GROUP BY pcn, age_band, sex),
observed_cells AS (
  SELECT a.pcn, a.age_band, a.sex, e.setting, count(*) AS events
  FROM events e JOIN alive a ON a.person_id = e.person_id
  WHERE e.date >= DATE '@YEAR_AGO@' AND e.date < DATE '@AT@'
  GROUP BY a.pcn, a.age_band, a.sex, e.setting),
rates AS (
  SELECT o.age_band, o.sex, o.setting, CAST(o.events AS DOUBLE) / c.persons AS rate
  FROM (SELECT age_band, sex, setting, sum(events) AS events FROM observed_cells GROUP BY age_band, sex, setting) o
  JOIN (SELECT age_band, sex, sum(persons) AS persons FROM cells GROUP BY age_band, sex) c
    ON c.age_band = o.age_band AND c.sex = o.sex),
expected AS (
  SELECT c.pcn, r.setting, sum(c.persons * r.rate) AS expected
  FROM cells c JOIN rates r ON r.age_band = c.age_band AND r.sex = c.sex
  GROUP BY c.pcn, r.setting),
observed AS (SELECT pcn, setting, sum(events) AS observed FROM observed_cells GROUP BY pcn, setting)
SELECT x.pcn, x.setting, coalesce(o.observed, 0) AS observed, x.expected,
       coalesce(o.observed, 0) / x.expected AS ratio
FROM expected x LEFT JOIN observed o ON o.pcn = x.pcn AND o.setting = x.setting
ORDER BY x.pcn, x.setting
) TO '@OUT@/value.csv' (HEADER);
