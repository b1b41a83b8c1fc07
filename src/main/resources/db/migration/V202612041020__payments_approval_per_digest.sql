-- An approval is of the lines with one digest. A finance officer who approved a run that was then worked out again
-- approves the new lines as a new approval; the earlier one stays, as the record of what they approved then.
alter table payment_run_approval drop constraint payment_run_approval_pkey;
alter table payment_run_approval add primary key (run_id, approved_by, lines_digest);
