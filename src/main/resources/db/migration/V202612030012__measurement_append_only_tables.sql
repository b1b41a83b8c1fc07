-- Measurement's history: measurements, their answers and scores, and each version of a local instrument.
insert into append_only_table (table_name, declared_by) values
    ('measurement', 'measurement'),
    ('measurement_answer', 'measurement'),
    ('measurement_score', 'measurement'),
    ('measurement_local_instrument', 'measurement');
