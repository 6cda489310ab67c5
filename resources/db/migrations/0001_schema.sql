-- Casebook schema, version 1.
--
-- Portable SQL for SQLite now and PostgreSQL later. The Dialect expands two placeholders before running:
--   {{ID}}  an integer identity primary key
--   {{NOW}} the current UTC time as ISO 8601 text
-- Conventions (see docs/schema.md):
--   * A statement ends with a semicolon at the end of a line. No semicolons in comments or literals, no triggers.
--   * DATE columns hold ISO YYYY-MM-DD text on SQLite, checked with date(): month 13 or 03/09/2024 are refused.
--   * Flags are INTEGER 0 or 1. Enumerations are lower_snake TEXT with a CHECK. Money is INTEGER pence.
--   * Edited records carry created_at, updated_at (UTC text) and row_version (optimistic concurrency).
--   * Case records are never deleted by officers: a mistake is voided (voided_at + void_reason).
--   * Foreign keys are ON DELETE RESTRICT unless the row is a pure child (reasons, reviews, actions, rolls).

-- ---------------------------------------------------------------------------------------------------------
-- Settings and users
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE settings (
    key TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    value TEXT NOT NULL
);

CREATE TABLE users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE CHECK (length(trim(username)) > 0),
    display_name TEXT,
    role TEXT NOT NULL DEFAULT 'officer'
        CHECK (role IN ('officer', 'panel_member', 'manager', 'data_officer', 'administrator')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

-- Sign-in names are case-insensitive: 'JSmith' and 'jsmith' are the same person.
CREATE UNIQUE INDEX users_username_lower_uq ON users (lower(username));

-- ---------------------------------------------------------------------------------------------------------
-- Reference data (seeded by 0002, editable by the data officer)
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE reason_codes (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 4 AND code = upper(code)),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    valid_from DATE NOT NULL CHECK (valid_from IS NULL OR (date(valid_from) IS NOT NULL AND valid_from = date(valid_from))),
    valid_to DATE CHECK (valid_to IS NULL OR (date(valid_to) IS NOT NULL AND valid_to = date(valid_to))),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE ethnicity_codes (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 8 AND code = upper(code)),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    major_group TEXT NOT NULL
        CHECK (major_group IN ('White', 'Mixed', 'Asian', 'Black', 'Chinese', 'Any other', 'Unclassified')),
    sort_order INTEGER NOT NULL DEFAULT 0
);

-- Per-year settings. Label 'YYYY/YY' where YY is the following year (2023/24).
CREATE TABLE academic_years (
    label TEXT PRIMARY KEY
        CHECK (length(label) = 7 AND substr(label, 5, 1) = '/'
               AND ltrim(substr(label, 1, 4), '0123456789') = '' AND ltrim(substr(label, 6, 2), '0123456789') = ''
               AND substr(label, 6, 2) = substr(CAST(CAST(substr(label, 1, 4) AS INTEGER) + 1 AS TEXT), 3, 2)),
    year11_exams_end DATE CHECK (year11_exams_end IS NULL OR (date(year11_exams_end) IS NOT NULL AND year11_exams_end = date(year11_exams_end))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE TABLE national_rates (
    academic_year TEXT NOT NULL
        CHECK (length(academic_year) = 7 AND substr(academic_year, 5, 1) = '/'
               AND ltrim(substr(academic_year, 1, 4), '0123456789') = ''
               AND ltrim(substr(academic_year, 6, 2), '0123456789') = ''
               AND substr(academic_year, 6, 2) = substr(CAST(CAST(substr(academic_year, 1, 4) AS INTEGER) + 1 AS TEXT), 3, 2)),
    measure TEXT NOT NULL
        CHECK (measure IN ('suspension_rate', 'permanent_exclusion_rate', 'one_or_more_suspension_rate')),
    value REAL NOT NULL CHECK (value >= 0),
    source TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    PRIMARY KEY (academic_year, measure)
);

-- ---------------------------------------------------------------------------------------------------------
-- Calendar: school days are counted from term dates minus non-school days
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE term_dates (
    id {{ID}},
    academic_year TEXT NOT NULL
        CHECK (length(academic_year) = 7 AND substr(academic_year, 5, 1) = '/'
               AND ltrim(substr(academic_year, 1, 4), '0123456789') = ''
               AND ltrim(substr(academic_year, 6, 2), '0123456789') = ''
               AND substr(academic_year, 6, 2) = substr(CAST(CAST(substr(academic_year, 1, 4) AS INTEGER) + 1 AS TEXT), 3, 2)),
    term TEXT NOT NULL CHECK (term IN ('autumn', 'spring', 'summer')),
    first_day DATE NOT NULL CHECK (first_day IS NULL OR (date(first_day) IS NOT NULL AND first_day = date(first_day))),
    last_day DATE NOT NULL CHECK (last_day IS NULL OR (date(last_day) IS NOT NULL AND last_day = date(last_day))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (last_day >= first_day),
    UNIQUE (academic_year, term)
);

CREATE INDEX term_dates_first_day_idx ON term_dates (first_day);

-- ---------------------------------------------------------------------------------------------------------
-- Schools
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE schools (
    id {{ID}},
    urn TEXT NOT NULL UNIQUE
        CHECK (length(urn) = 6 AND ltrim(urn, '0123456789') = '' AND urn BETWEEN '100000' AND '999999'),
    laestab TEXT UNIQUE
        CHECK (laestab IS NULL OR (length(laestab) = 7 AND ltrim(laestab, '0123456789') = ''
                                   AND laestab BETWEEN '1000000' AND '9999999')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phase TEXT NOT NULL
        CHECK (phase IN ('nursery', 'primary', 'middle', 'secondary', 'all_through', 'special', 'pru', 'ap')),
    school_type TEXT NOT NULL DEFAULT 'other'
        CHECK (school_type IN ('la_maintained', 'academy', 'free_school', 'independent', 'other')),
    trust_name TEXT,
    locality TEXT,
    opened_on DATE CHECK (opened_on IS NULL OR (date(opened_on) IS NOT NULL AND opened_on = date(opened_on))),
    closed_on DATE CHECK (closed_on IS NULL OR (date(closed_on) IS NOT NULL AND closed_on = date(closed_on))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on)
);

CREATE INDEX schools_name_idx ON schools (lower(name));
CREATE INDEX schools_locality_idx ON schools (locality);
CREATE INDEX schools_trust_name_idx ON schools (trust_name);

-- January census headcount per school and academic year: the denominator of every rate.
CREATE TABLE school_rolls (
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
    academic_year TEXT NOT NULL
        CHECK (length(academic_year) = 7 AND substr(academic_year, 5, 1) = '/'
               AND ltrim(substr(academic_year, 1, 4), '0123456789') = ''
               AND ltrim(substr(academic_year, 6, 2), '0123456789') = ''
               AND substr(academic_year, 6, 2) = substr(CAST(CAST(substr(academic_year, 1, 4) AS INTEGER) + 1 AS TEXT), 3, 2)),
    headcount INTEGER NOT NULL CHECK (headcount >= 0),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    PRIMARY KEY (school_id, academic_year)
);

CREATE INDEX school_rolls_academic_year_idx ON school_rolls (academic_year);

-- The same headcount by national curriculum year (-2 and -1 nursery, 0 reception, 1 to 14).
CREATE TABLE school_roll_year_groups (
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
    academic_year TEXT NOT NULL
        CHECK (length(academic_year) = 7 AND substr(academic_year, 5, 1) = '/'
               AND ltrim(substr(academic_year, 1, 4), '0123456789') = ''
               AND ltrim(substr(academic_year, 6, 2), '0123456789') = ''
               AND substr(academic_year, 6, 2) = substr(CAST(CAST(substr(academic_year, 1, 4) AS INTEGER) + 1 AS TEXT), 3, 2)),
    nc_year INTEGER NOT NULL CHECK (nc_year BETWEEN -2 AND 14),
    headcount INTEGER NOT NULL CHECK (headcount >= 0),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    PRIMARY KEY (school_id, academic_year, nc_year)
);

CREATE INDEX school_roll_year_groups_academic_year_idx ON school_roll_year_groups (academic_year);

-- A school's own closures (school_id set) or LA-wide holidays (school_id NULL).
CREATE TABLE non_school_days (
    id {{ID}},
    school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('half_term', 'holiday', 'inset', 'bank_holiday', 'closure')),
    first_day DATE NOT NULL CHECK (first_day IS NULL OR (date(first_day) IS NOT NULL AND first_day = date(first_day))),
    last_day DATE NOT NULL CHECK (last_day IS NULL OR (date(last_day) IS NOT NULL AND last_day = date(last_day))),
    description TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (last_day >= first_day)
);

CREATE INDEX non_school_days_first_day_idx ON non_school_days (first_day);
CREATE INDEX non_school_days_school_idx ON non_school_days (school_id, first_day);

-- ---------------------------------------------------------------------------------------------------------
-- Pupils
-- ---------------------------------------------------------------------------------------------------------

-- UPN shape: check letter (no I, O, S), 11 digits, then a digit or (temporary UPN) a letter.
-- upn_is_temporary must agree with that last character. The check letter itself is verified by the application.
CREATE TABLE pupils (
    id {{ID}},
    upn TEXT UNIQUE
        CHECK (upn IS NULL OR (length(upn) = 13
               AND substr(upn, 1, 1) IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q',
                                         'R', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z')
               AND ltrim(substr(upn, 2, 11), '0123456789') = ''
               AND substr(upn, 13, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E',
                                          'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'T', 'U', 'V', 'W',
                                          'X', 'Y', 'Z'))),
    upn_is_temporary INTEGER NOT NULL DEFAULT 0 CHECK (upn_is_temporary IN (0, 1)),
    legal_forename TEXT NOT NULL CHECK (length(trim(legal_forename)) > 0),
    legal_surname TEXT NOT NULL CHECK (length(trim(legal_surname)) > 0),
    preferred_forename TEXT,
    preferred_surname TEXT,
    date_of_birth DATE NOT NULL
        CHECK (date_of_birth IS NULL OR (date(date_of_birth) IS NOT NULL AND date_of_birth = date(date_of_birth))),
    sex TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'U')),
    gender TEXT,
    ethnicity_code TEXT REFERENCES ethnicity_codes (code) ON DELETE RESTRICT,
    first_language TEXT,
    has_social_worker INTEGER NOT NULL DEFAULT 0 CHECK (has_social_worker IN (0, 1)),
    social_worker_name TEXT,
    social_worker_contact TEXT,
    virtual_school_contact TEXT,
    notes TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (upn_is_temporary = CASE WHEN upn IS NULL OR substr(upn, 13, 1) BETWEEN '0' AND '9' THEN 0 ELSE 1 END)
);

CREATE INDEX pupils_legal_surname_idx ON pupils (lower(legal_surname), lower(legal_forename), date_of_birth);
CREATE INDEX pupils_legal_forename_idx ON pupils (lower(legal_forename));
CREATE INDEX pupils_preferred_surname_idx ON pupils (lower(preferred_surname));
CREATE INDEX pupils_preferred_forename_idx ON pupils (lower(preferred_forename));
CREATE INDEX pupils_date_of_birth_idx ON pupils (date_of_birth);
CREATE INDEX pupils_ethnicity_code_idx ON pupils (ethnicity_code);

-- Dated characteristics for reporting: value 'N', 'K' or 'E' for SEN, '1' or '0' for the others.
CREATE TABLE pupil_characteristics (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('sen', 'fsm', 'looked_after', 'child_in_need', 'child_protection', 'eal')),
    value TEXT NOT NULL,
    valid_from DATE NOT NULL CHECK (valid_from IS NULL OR (date(valid_from) IS NOT NULL AND valid_from = date(valid_from))),
    valid_to DATE CHECK (valid_to IS NULL OR (date(valid_to) IS NOT NULL AND valid_to = date(valid_to))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((kind = 'sen' AND value IN ('N', 'K', 'E')) OR (kind <> 'sen' AND value IN ('0', '1')))
);

CREATE UNIQUE INDEX pupil_characteristics_pupil_kind_from_uq ON pupil_characteristics (pupil_id, kind, valid_from);
CREATE INDEX pupil_characteristics_kind_idx ON pupil_characteristics (kind, value, valid_from);

CREATE TABLE contacts (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relationship TEXT,
    has_parental_responsibility INTEGER NOT NULL DEFAULT 0 CHECK (has_parental_responsibility IN (0, 1)),
    phone TEXT,
    email TEXT,
    address TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX contacts_pupil_idx ON contacts (pupil_id);

-- School history. Where a pupil went next is part of the evidence trail.
CREATE TABLE enrolments (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    start_date DATE NOT NULL CHECK (start_date IS NULL OR (date(start_date) IS NOT NULL AND start_date = date(start_date))),
    end_date DATE CHECK (end_date IS NULL OR (date(end_date) IS NOT NULL AND end_date = date(end_date))),
    registration_type TEXT NOT NULL DEFAULT 'single'
        CHECK (registration_type IN ('single', 'main_dual', 'subsidiary_dual')),
    leaving_reason TEXT
        CHECK (leaving_reason IS NULL OR leaving_reason IN ('moved_school', 'managed_move', 'permanent_exclusion',
                                                            'elective_home_education', 'children_missing_education',
                                                            'moved_out_of_area', 'post_16', 'other', 'unknown')),
    destination_school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    destination_note TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (destination_school_id IS NULL OR destination_school_id <> school_id)
);

CREATE INDEX enrolments_pupil_start_idx ON enrolments (pupil_id, start_date);
CREATE INDEX enrolments_school_start_idx ON enrolments (school_id, start_date);
CREATE INDEX enrolments_destination_school_idx ON enrolments (destination_school_id);
CREATE INDEX enrolments_leaving_reason_idx ON enrolments (leaving_reason, end_date);

-- ---------------------------------------------------------------------------------------------------------
-- Suspensions and permanent exclusions
-- ---------------------------------------------------------------------------------------------------------

-- One session is half a school day. A lunchtime suspension is one session. A further sanction is a new row.
CREATE TABLE suspensions (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    category TEXT NOT NULL DEFAULT 'suspension' CHECK (category IN ('suspension', 'lunchtime')),
    first_day DATE NOT NULL CHECK (first_day IS NULL OR (date(first_day) IS NOT NULL AND first_day = date(first_day))),
    start_session TEXT NOT NULL DEFAULT 'am' CHECK (start_session IN ('am', 'pm')),
    sessions INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 90),
    decision_date DATE
        CHECK (decision_date IS NULL OR (date(decision_date) IS NOT NULL AND decision_date = date(decision_date))),
    detail TEXT,
    parent_notified_on DATE
        CHECK (parent_notified_on IS NULL OR (date(parent_notified_on) IS NOT NULL AND parent_notified_on = date(parent_notified_on))),
    governors_notified_on DATE
        CHECK (governors_notified_on IS NULL OR (date(governors_notified_on) IS NOT NULL AND governors_notified_on = date(governors_notified_on))),
    la_notified_on DATE
        CHECK (la_notified_on IS NULL OR (date(la_notified_on) IS NOT NULL AND la_notified_on = date(la_notified_on))),
    social_worker_notified_on DATE
        CHECK (social_worker_notified_on IS NULL OR (date(social_worker_notified_on) IS NOT NULL AND social_worker_notified_on = date(social_worker_notified_on))),
    virtual_school_notified_on DATE
        CHECK (virtual_school_notified_on IS NULL OR (date(virtual_school_notified_on) IS NOT NULL AND virtual_school_notified_on = date(virtual_school_notified_on))),
    reintegration_meeting_on DATE
        CHECK (reintegration_meeting_on IS NULL OR (date(reintegration_meeting_on) IS NOT NULL AND reintegration_meeting_on = date(reintegration_meeting_on))),
    sixth_day_provision TEXT,
    sixth_day_provision_from DATE
        CHECK (sixth_day_provision_from IS NULL OR (date(sixth_day_provision_from) IS NOT NULL AND sixth_day_provision_from = date(sixth_day_provision_from))),
    board_review_requested_on DATE
        CHECK (board_review_requested_on IS NULL OR (date(board_review_requested_on) IS NOT NULL AND board_review_requested_on = date(board_review_requested_on))),
    board_review_on DATE
        CHECK (board_review_on IS NULL OR (date(board_review_on) IS NOT NULL AND board_review_on = date(board_review_on))),
    board_review_outcome TEXT
        CHECK (board_review_outcome IS NULL OR board_review_outcome IN ('upheld', 'reinstated', 'noted')),
    would_miss_exam INTEGER NOT NULL DEFAULT 0 CHECK (would_miss_exam IN (0, 1)),
    cancelled_on DATE CHECK (cancelled_on IS NULL OR (date(cancelled_on) IS NOT NULL AND cancelled_on = date(cancelled_on))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (category <> 'lunchtime' OR sessions = 1),
    CHECK (sixth_day_provision_from IS NULL OR sixth_day_provision_from >= first_day),
    CHECK (reintegration_meeting_on IS NULL OR reintegration_meeting_on >= first_day),
    CHECK (board_review_on IS NULL OR board_review_requested_on IS NULL OR board_review_on >= board_review_requested_on),
    CHECK (cancelled_on IS NULL OR decision_date IS NULL OR cancelled_on >= decision_date)
);

CREATE INDEX suspensions_pupil_first_day_idx ON suspensions (pupil_id, first_day);
CREATE INDEX suspensions_school_first_day_idx ON suspensions (school_id, first_day);
CREATE INDEX suspensions_first_day_idx ON suspensions (first_day);

-- Up to three DfE reason codes per suspension, in the order the school gave them.
CREATE TABLE suspension_reasons (
    suspension_id INTEGER NOT NULL REFERENCES suspensions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    code TEXT NOT NULL REFERENCES reason_codes (code) ON DELETE RESTRICT,
    PRIMARY KEY (suspension_id, position),
    UNIQUE (suspension_id, code)
);

CREATE INDEX suspension_reasons_code_idx ON suspension_reasons (code);

-- Never deleted, even after reinstatement: later decisions are added to the row.
CREATE TABLE permanent_exclusions (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    decision_date DATE NOT NULL
        CHECK (decision_date IS NULL OR (date(decision_date) IS NOT NULL AND decision_date = date(decision_date))),
    effective_date DATE NOT NULL
        CHECK (effective_date IS NULL OR (date(effective_date) IS NOT NULL AND effective_date = date(effective_date))),
    detail TEXT,
    parent_notified_on DATE
        CHECK (parent_notified_on IS NULL OR (date(parent_notified_on) IS NOT NULL AND parent_notified_on = date(parent_notified_on))),
    governors_notified_on DATE
        CHECK (governors_notified_on IS NULL OR (date(governors_notified_on) IS NOT NULL AND governors_notified_on = date(governors_notified_on))),
    la_notified_on DATE
        CHECK (la_notified_on IS NULL OR (date(la_notified_on) IS NOT NULL AND la_notified_on = date(la_notified_on))),
    social_worker_notified_on DATE
        CHECK (social_worker_notified_on IS NULL OR (date(social_worker_notified_on) IS NOT NULL AND social_worker_notified_on = date(social_worker_notified_on))),
    virtual_school_notified_on DATE
        CHECK (virtual_school_notified_on IS NULL OR (date(virtual_school_notified_on) IS NOT NULL AND virtual_school_notified_on = date(virtual_school_notified_on))),
    would_miss_exam INTEGER NOT NULL DEFAULT 0 CHECK (would_miss_exam IN (0, 1)),
    board_meeting_on DATE
        CHECK (board_meeting_on IS NULL OR (date(board_meeting_on) IS NOT NULL AND board_meeting_on = date(board_meeting_on))),
    board_outcome TEXT CHECK (board_outcome IS NULL OR board_outcome IN ('upheld', 'reinstated')),
    board_decision_notice_sent_on DATE
        CHECK (board_decision_notice_sent_on IS NULL OR (date(board_decision_notice_sent_on) IS NOT NULL AND board_decision_notice_sent_on = date(board_decision_notice_sent_on))),
    irp_application_on DATE
        CHECK (irp_application_on IS NULL OR (date(irp_application_on) IS NOT NULL AND irp_application_on = date(irp_application_on))),
    irp_meeting_on DATE
        CHECK (irp_meeting_on IS NULL OR (date(irp_meeting_on) IS NOT NULL AND irp_meeting_on = date(irp_meeting_on))),
    irp_outcome TEXT
        CHECK (irp_outcome IS NULL OR irp_outcome IN ('upheld', 'recommend_reconsideration', 'quash_direct_reconsideration')),
    irp_decision_on DATE
        CHECK (irp_decision_on IS NULL OR (date(irp_decision_on) IS NOT NULL AND irp_decision_on = date(irp_decision_on))),
    reconsideration_on DATE
        CHECK (reconsideration_on IS NULL OR (date(reconsideration_on) IS NOT NULL AND reconsideration_on = date(reconsideration_on))),
    reconsideration_outcome TEXT
        CHECK (reconsideration_outcome IS NULL OR reconsideration_outcome IN ('upheld', 'reinstated')),
    la_provision_from DATE
        CHECK (la_provision_from IS NULL OR (date(la_provision_from) IS NOT NULL AND la_provision_from = date(la_provision_from))),
    la_provision_detail TEXT,
    destination TEXT,
    withdrawn_on DATE CHECK (withdrawn_on IS NULL OR (date(withdrawn_on) IS NOT NULL AND withdrawn_on = date(withdrawn_on))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (effective_date >= decision_date),
    CHECK (board_meeting_on IS NULL OR board_meeting_on >= decision_date),
    CHECK (board_decision_notice_sent_on IS NULL OR board_meeting_on IS NULL
           OR board_decision_notice_sent_on >= board_meeting_on),
    CHECK (irp_application_on IS NULL OR irp_application_on >= decision_date),
    CHECK (irp_application_on IS NULL OR board_decision_notice_sent_on IS NULL
           OR irp_application_on >= board_decision_notice_sent_on),
    CHECK (irp_application_on IS NULL OR board_outcome IS NULL OR board_outcome = 'upheld'),
    CHECK (irp_meeting_on IS NULL OR irp_application_on IS NULL OR irp_meeting_on >= irp_application_on),
    CHECK (irp_decision_on IS NULL OR irp_meeting_on IS NULL OR irp_decision_on >= irp_meeting_on),
    CHECK (reconsideration_on IS NULL OR irp_decision_on IS NULL OR reconsideration_on >= irp_decision_on),
    CHECK (reconsideration_outcome IS NULL OR irp_outcome IS NULL OR irp_outcome <> 'upheld'),
    CHECK (la_provision_from IS NULL OR la_provision_from >= decision_date),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= decision_date)
);

CREATE INDEX permanent_exclusions_pupil_decision_idx ON permanent_exclusions (pupil_id, decision_date);
CREATE INDEX permanent_exclusions_school_decision_idx ON permanent_exclusions (school_id, decision_date);
CREATE INDEX permanent_exclusions_decision_idx ON permanent_exclusions (decision_date);

CREATE TABLE permanent_exclusion_reasons (
    permanent_exclusion_id INTEGER NOT NULL REFERENCES permanent_exclusions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    code TEXT NOT NULL REFERENCES reason_codes (code) ON DELETE RESTRICT,
    PRIMARY KEY (permanent_exclusion_id, position),
    UNIQUE (permanent_exclusion_id, code)
);

CREATE INDEX permanent_exclusion_reasons_code_idx ON permanent_exclusion_reasons (code);

-- ---------------------------------------------------------------------------------------------------------
-- Pastoral support plans
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE psps (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    start_date DATE NOT NULL CHECK (start_date IS NULL OR (date(start_date) IS NOT NULL AND start_date = date(start_date))),
    planned_end_date DATE
        CHECK (planned_end_date IS NULL OR (date(planned_end_date) IS NOT NULL AND planned_end_date = date(planned_end_date))),
    end_date DATE CHECK (end_date IS NULL OR (date(end_date) IS NOT NULL AND end_date = date(end_date))),
    la_representative TEXT,
    targets TEXT,
    agencies TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'escalated', 'lapsed')),
    outcome TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (planned_end_date IS NULL OR planned_end_date >= start_date),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX psps_pupil_start_idx ON psps (pupil_id, start_date);
CREATE INDEX psps_school_start_idx ON psps (school_id, start_date);
CREATE INDEX psps_status_idx ON psps (status);

CREATE TABLE psp_reviews (
    id {{ID}},
    psp_id INTEGER NOT NULL REFERENCES psps (id) ON DELETE CASCADE,
    due_on DATE NOT NULL CHECK (due_on IS NULL OR (date(due_on) IS NOT NULL AND due_on = date(due_on))),
    held_on DATE CHECK (held_on IS NULL OR (date(held_on) IS NOT NULL AND held_on = date(held_on))),
    notes TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX psp_reviews_psp_due_idx ON psp_reviews (psp_id, due_on);
CREATE INDEX psp_reviews_due_idx ON psp_reviews (due_on);

-- ---------------------------------------------------------------------------------------------------------
-- Pupil Inclusion Panel
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE panel_meetings (
    id {{ID}},
    meeting_date DATE NOT NULL CHECK (meeting_date IS NULL OR (date(meeting_date) IS NOT NULL AND meeting_date = date(meeting_date))),
    location TEXT,
    attendees TEXT,
    minutes TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX panel_meetings_date_idx ON panel_meetings (meeting_date);

-- A referral is on a meeting's agenda when meeting_id is set. A meeting with referrals is cancelled, not deleted.
CREATE TABLE pip_referrals (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    received_on DATE NOT NULL CHECK (received_on IS NULL OR (date(received_on) IS NOT NULL AND received_on = date(received_on))),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    evidence TEXT,
    meeting_id INTEGER REFERENCES panel_meetings (id) ON DELETE RESTRICT,
    agenda_position INTEGER CHECK (agenda_position IS NULL OR agenda_position >= 1),
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'on_agenda', 'decided', 'withdrawn', 'closed')),
    decision TEXT
        CHECK (decision IS NULL OR decision IN ('outreach_support', 'ap_placement', 'managed_move', 'ehc_needs_assessment',
                                                'early_help', 'no_further_action', 'other')),
    decision_on DATE CHECK (decision_on IS NULL OR (date(decision_on) IS NOT NULL AND decision_on = date(decision_on))),
    decision_notes TEXT,
    minutes TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (agenda_position IS NULL OR meeting_id IS NOT NULL),
    CHECK (status <> 'on_agenda' OR meeting_id IS NOT NULL),
    CHECK (status <> 'decided' OR decision IS NOT NULL),
    CHECK (decision_on IS NULL OR decision_on >= received_on),
    UNIQUE (meeting_id, agenda_position)
);

CREATE INDEX pip_referrals_pupil_received_idx ON pip_referrals (pupil_id, received_on);
CREATE INDEX pip_referrals_school_received_idx ON pip_referrals (school_id, received_on);
CREATE INDEX pip_referrals_received_idx ON pip_referrals (received_on);
CREATE INDEX pip_referrals_status_idx ON pip_referrals (status);

CREATE TABLE pip_actions (
    id {{ID}},
    referral_id INTEGER NOT NULL REFERENCES pip_referrals (id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    due_on DATE NOT NULL CHECK (due_on IS NULL OR (date(due_on) IS NOT NULL AND due_on = date(due_on))),
    done_on DATE CHECK (done_on IS NULL OR (date(done_on) IS NOT NULL AND done_on = date(done_on))),
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX pip_actions_referral_idx ON pip_actions (referral_id);
CREATE INDEX pip_actions_due_idx ON pip_actions (due_on, done_on);

-- ---------------------------------------------------------------------------------------------------------
-- Support, placements, alternative provision, EHE and CME
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE support_interventions (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL
        CHECK (kind IN ('early_help', 'outreach', 'educational_psychologist', 'camhs', 'mentoring', 'ehc_needs_assessment',
                        'part_time_timetable', 'off_site_direction', 'alternative_provision', 'pastoral_support_plan',
                        'speech_language', 'social_care', 'other')),
    start_date DATE NOT NULL CHECK (start_date IS NULL OR (date(start_date) IS NOT NULL AND start_date = date(start_date))),
    end_date DATE CHECK (end_date IS NULL OR (date(end_date) IS NOT NULL AND end_date = date(end_date))),
    provider TEXT,
    notes TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX support_interventions_pupil_start_idx ON support_interventions (pupil_id, start_date);
CREATE INDEX support_interventions_school_start_idx ON support_interventions (school_id, start_date);
CREATE INDEX support_interventions_kind_idx ON support_interventions (kind, start_date);

-- Managed move (permanent transfer by agreement) or off-site direction (time-limited, reviewed).
CREATE TABLE placements (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('managed_move', 'off_site_direction')),
    from_school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    to_school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    start_date DATE NOT NULL CHECK (start_date IS NULL OR (date(start_date) IS NOT NULL AND start_date = date(start_date))),
    review_on DATE CHECK (review_on IS NULL OR (date(review_on) IS NOT NULL AND review_on = date(review_on))),
    end_date DATE CHECK (end_date IS NULL OR (date(end_date) IS NOT NULL AND end_date = date(end_date))),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('successful', 'returned', 'ongoing', 'broke_down')),
    notes TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (from_school_id <> to_school_id),
    CHECK (review_on IS NULL OR review_on >= start_date),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX placements_pupil_start_idx ON placements (pupil_id, start_date);
CREATE INDEX placements_from_school_start_idx ON placements (from_school_id, start_date);
CREATE INDEX placements_to_school_start_idx ON placements (to_school_id, start_date);

CREATE TABLE ap_placements (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    provider_name TEXT NOT NULL CHECK (length(trim(provider_name)) > 0),
    provider_school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    commissioning_school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    commissioned_by TEXT CHECK (commissioned_by IS NULL OR commissioned_by IN ('school', 'la')),
    start_date DATE NOT NULL CHECK (start_date IS NULL OR (date(start_date) IS NOT NULL AND start_date = date(start_date))),
    end_date DATE CHECK (end_date IS NULL OR (date(end_date) IS NOT NULL AND end_date = date(end_date))),
    days_per_week REAL CHECK (days_per_week IS NULL OR days_per_week BETWEEN 0.5 AND 5),
    dual_registered INTEGER NOT NULL DEFAULT 0 CHECK (dual_registered IN (0, 1)),
    cost_pence INTEGER CHECK (cost_pence IS NULL OR cost_pence >= 0),
    outcome TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX ap_placements_pupil_start_idx ON ap_placements (pupil_id, start_date);
CREATE INDEX ap_placements_provider_school_idx ON ap_placements (provider_school_id, start_date);
CREATE INDEX ap_placements_commissioning_school_idx ON ap_placements (commissioning_school_id, start_date);
CREATE INDEX ap_placements_start_idx ON ap_placements (start_date);

-- Elective home education or children missing education. EHE soon after a suspension is an off-rolling sign.
CREATE TABLE ehe_cme_registrations (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('ehe', 'cme')),
    registered_on DATE NOT NULL
        CHECK (registered_on IS NULL OR (date(registered_on) IS NOT NULL AND registered_on = date(registered_on))),
    school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    reason_given TEXT,
    ended_on DATE CHECK (ended_on IS NULL OR (date(ended_on) IS NOT NULL AND ended_on = date(ended_on))),
    outcome TEXT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (ended_on IS NULL OR ended_on >= registered_on)
);

CREATE INDEX ehe_cme_pupil_registered_idx ON ehe_cme_registrations (pupil_id, registered_on);
CREATE INDEX ehe_cme_school_registered_idx ON ehe_cme_registrations (school_id, registered_on);
CREATE INDEX ehe_cme_kind_registered_idx ON ehe_cme_registrations (kind, registered_on);

-- ---------------------------------------------------------------------------------------------------------
-- Chronology and audit
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE case_notes (
    id {{ID}},
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    noted_on DATE NOT NULL CHECK (noted_on IS NULL OR (date(noted_on) IS NOT NULL AND noted_on = date(noted_on))),
    category TEXT NOT NULL DEFAULT 'general'
        CHECK (category IN ('general', 'phone_call', 'meeting', 'visit', 'email', 'safeguarding', 'panel', 'other')),
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    author_user_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT {{NOW}},
    updated_at TEXT NOT NULL DEFAULT {{NOW}},
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    voided_at TEXT,
    void_reason TEXT,
    CHECK (voided_at IS NULL OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0))
);

CREATE INDEX case_notes_pupil_noted_idx ON case_notes (pupil_id, noted_on);
CREATE INDEX case_notes_author_idx ON case_notes (author_user_id);

-- Append-only. pupil_id has no foreign key: the trail outlives records destroyed under the retention policy.
CREATE TABLE audit_log (
    id {{ID}},
    occurred_at TEXT NOT NULL DEFAULT {{NOW}},
    user_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    username TEXT,
    action TEXT NOT NULL
        CHECK (action IN ('create', 'update', 'void', 'view', 'export', 'login', 'logout', 'destroy', 'import')),
    entity TEXT NOT NULL CHECK (length(trim(entity)) > 0),
    entity_id INTEGER,
    pupil_id INTEGER,
    old_values TEXT,
    new_values TEXT,
    prev_hash TEXT,
    hash TEXT
);

CREATE INDEX audit_log_pupil_idx ON audit_log (pupil_id);
CREATE INDEX audit_log_user_occurred_idx ON audit_log (user_id, occurred_at);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
