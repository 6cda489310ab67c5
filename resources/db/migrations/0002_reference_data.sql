-- Casebook reference data, version 2: default settings, DfE reason codes, DfE ethnicity codes and
-- national reference rates. All of it is editable later: the DfE revises its lists and publishes new figures.

-- Default settings. Retention periods are LA policy, not constants.
INSERT INTO settings (key, value) VALUES
    ('la_name', 'Casebook demonstration council'),
    ('la_code', ''),
    ('retention_years', '25'),
    ('irp_retention_years', '5'),
    ('small_number_threshold', '5'),
    ('is_demo', '0');

-- Suspension and permanent exclusion reason codes, effective-dated (one row per code letter).
-- Codes in both the pre-2020 and the September 2020 lists run from 2006-09-01.
-- Codes new in September 2020 run from 2020-09-01. Codes withdrawn in 2020 end on 2020-08-31.
INSERT INTO reason_codes (code, description, valid_from, valid_to, sort_order) VALUES
    ('PP', 'Physical assault against a pupil', '2006-09-01', NULL, 1),
    ('PA', 'Physical assault against an adult', '2006-09-01', NULL, 2),
    ('VP', 'Verbal abuse or threatening behaviour against a pupil', '2006-09-01', NULL, 3),
    ('VA', 'Verbal abuse or threatening behaviour against an adult', '2006-09-01', NULL, 4),
    ('OW', 'Use or threat of use of an offensive weapon or prohibited item', '2020-09-01', NULL, 5),
    ('BU', 'Bullying', '2006-09-01', NULL, 6),
    ('RA', 'Racist abuse', '2006-09-01', NULL, 7),
    ('LG', 'Abuse against sexual orientation and gender identity', '2020-09-01', NULL, 8),
    ('DS', 'Abuse relating to disability', '2020-09-01', NULL, 9),
    ('SM', 'Sexual misconduct', '2006-09-01', NULL, 10),
    ('DA', 'Drug and alcohol related', '2006-09-01', NULL, 11),
    ('DM', 'Damage', '2006-09-01', NULL, 12),
    ('TH', 'Theft', '2006-09-01', NULL, 13),
    ('DB', 'Persistent disruptive behaviour', '2020-09-01', NULL, 14),
    ('MT', 'Inappropriate use of social media or online technology', '2020-09-01', NULL, 15),
    ('PH', 'Wilful and repeated transgression of public-health protective measures', '2020-09-01', NULL, 16),
    ('PD', 'Persistent disruptive behaviour', '2006-09-01', '2020-08-31', 90),
    ('OT', 'Other', '2006-09-01', '2020-08-31', 91);

-- DfE school census main ethnicity codes.
INSERT INTO ethnicity_codes (code, description, major_group, sort_order) VALUES
    ('WBRI', 'White - British', 'White', 1),
    ('WIRI', 'White - Irish', 'White', 2),
    ('WIRT', 'Traveller of Irish heritage', 'White', 3),
    ('WROM', 'Gypsy / Roma', 'White', 4),
    ('WOTH', 'Any other White background', 'White', 5),
    ('MWBC', 'White and Black Caribbean', 'Mixed', 6),
    ('MWBA', 'White and Black African', 'Mixed', 7),
    ('MWAS', 'White and Asian', 'Mixed', 8),
    ('MOTH', 'Any other mixed background', 'Mixed', 9),
    ('AIND', 'Indian', 'Asian', 10),
    ('APKN', 'Pakistani', 'Asian', 11),
    ('ABAN', 'Bangladeshi', 'Asian', 12),
    ('AOTH', 'Any other Asian background', 'Asian', 13),
    ('BCRB', 'Black Caribbean', 'Black', 14),
    ('BAFR', 'Black - African', 'Black', 15),
    ('BOTH', 'Any other Black background', 'Black', 16),
    ('CHNE', 'Chinese', 'Chinese', 17),
    ('OOTH', 'Any other ethnic group', 'Any other', 18),
    ('REFU', 'Refused', 'Unclassified', 19),
    ('NOBT', 'Information not yet obtained', 'Unclassified', 20);

-- National reference figures, England, all state-funded schools (rates per 100 pupils).
INSERT INTO national_rates (academic_year, measure, value, source) VALUES
    ('2022/23', 'suspension_rate', 9.33, 'DfE, Suspensions and permanent exclusions in England'),
    ('2022/23', 'permanent_exclusion_rate', 0.11, 'DfE, Suspensions and permanent exclusions in England'),
    ('2023/24', 'suspension_rate', 11.31, 'DfE, Suspensions and permanent exclusions in England'),
    ('2023/24', 'permanent_exclusion_rate', 0.13, 'DfE, Suspensions and permanent exclusions in England');
