-- One draft Turn the Curve report per series at a time: two commissioners starting one at once share it.
create unique index turn_the_curve_one_draft on turn_the_curve_report (measure_id, subject) where status = 'DRAFT';
