-- Casebook schema version 3: covering indexes for the analytics aggregates (issue 6, docs/analytics.md).
-- Each holds every column the counted-event filters and aggregates read, so the LA and per-school figures are
-- found school by school and date range by date range without reading the table rows.

-- Suspensions counted per school and period: countedSuspension() reads voided_at and cancelled_on; the
-- aggregates read pupil_id and sessions.
CREATE INDEX suspensions_school_counted_idx ON suspensions (school_id, first_day, voided_at, cancelled_on, pupil_id, sessions);

-- Permanent exclusions counted per school and period: countedExclusion() and reinstatedExclusion().
CREATE INDEX permanent_exclusions_school_counted_idx ON permanent_exclusions (school_id, decision_date, voided_at, withdrawn_on, board_outcome, reconsideration_outcome, pupil_id);

-- Pupils on roll on census day per school (the characteristics' denominators): start and end dates, the
-- registration type and voided_at decide whether an enrolment counts; pupil_id is what is counted.
CREATE INDEX enrolments_school_census_idx ON enrolments (school_id, start_date, end_date, registration_type, voided_at, pupil_id);

-- A pupil's dated characteristic in force on a day (SEN, FSM, looked after on census day or the day of an event):
-- the latest valid_from up to the day, with valid_to and the value read from the index.
CREATE INDEX pupil_characteristics_in_force_idx ON pupil_characteristics (pupil_id, kind, valid_from, valid_to, value);

-- Statistics for every table, the new indexes included. Without them SQLite kept the older, analysed indexes
-- (reading the table rows), and with statistics for some tables only (schools, term dates and rolls are never
-- analysed until a close runs PRAGMA optimize) it scanned every event to build a filter: both measured on the
-- large preset. An empty table gets no statistics, as before. A few seconds on a large file, once.
ANALYZE;
