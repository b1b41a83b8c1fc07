-- People's history: reviews and every revision of a support plan are appended, never overwritten.
insert into append_only_table (table_name, declared_by) values
    ('outcome_review', 'people'),
    ('support_plan', 'people'),
    ('support_plan_need', 'people'),
    ('support_plan_support', 'people');
