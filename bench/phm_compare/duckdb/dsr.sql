-- (b) emergency admissions in the year before AT by IMD quintile x ESP 2013 band of the persons alive at its
-- start (age on YEAR_AGO), then the directly standardised rate per 100,000 per quintile.
CREATE OR REPLACE TEMP TABLE esp (band INTEGER PRIMARY KEY, weight DOUBLE);
INSERT INTO esp VALUES (0, 5000), (1, 5500), (2, 5500), (3, 5500), (4, 6000), (5, 6000), (6, 6500), (7, 7000),
  (8, 7000), (9, 7000), (10, 7000), (11, 6500), (12, 6000), (13, 5500), (14, 5000), (15, 4000), (16, 2500),
  (17, 1500), (18, 1000);
CREATE OR REPLACE TEMP TABLE dsr_cells AS
WITH at_risk AS (
  SELECT person_id, (imd_decile + 1) // 2 AS imd_quintile, least((@YEAR_AGO_MONTH@ - bm) // 60, 18) AS age_band
  FROM (SELECT person_id, imd_decile, date_of_death,
               CAST(substr(birth_month, 1, 4) AS INTEGER) * 12 + CAST(substr(birth_month, 6, 2) AS INTEGER) - 1 AS bm
        FROM persons) p
  WHERE @YEAR_AGO_MONTH@ - bm >= 0 AND (date_of_death IS NULL OR date_of_death >= DATE '@YEAR_AGO@')),
admissions AS (
  SELECT person_id, count(*) AS n FROM events
  WHERE setting = 'emergency_admission' AND date >= DATE '@YEAR_AGO@' AND date < DATE '@AT@'
  GROUP BY person_id)
SELECT r.imd_quintile, r.age_band, count(*) AS persons, CAST(coalesce(sum(a.n), 0) AS BIGINT) AS events
FROM at_risk r LEFT JOIN admissions a ON a.person_id = r.person_id
GROUP BY r.imd_quintile, r.age_band;
COPY (SELECT imd_quintile, age_band, persons, events FROM dsr_cells ORDER BY imd_quintile, age_band)
  TO '@OUT@/dsr_inputs.csv' (HEADER);
COPY (
SELECT c.imd_quintile, sum(c.persons) AS persons, sum(c.events) AS events,
       sum(e.weight * c.events / c.persons) AS dsr
FROM dsr_cells c JOIN esp e ON e.band = c.age_band
GROUP BY c.imd_quintile ORDER BY c.imd_quintile
) TO '@OUT@/dsr.csv' (HEADER);
