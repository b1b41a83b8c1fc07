-- A verification withdrawn: the council no longer accepts the outcome (found wrong after it was verified, say). The
-- claim is rejected again, so the provider may resubmit it, and the next payment run recovers what was paid for it.
alter table outcome_claim_event drop constraint outcome_claim_event_action_check;
alter table outcome_claim_event add constraint outcome_claim_event_action_check check (action in ('SUBMITTED',
    'RAISED_BY_REVIEW', 'VERIFIED', 'SENT_TO_SECOND_CHECK', 'CONFIRMED', 'REJECTED', 'RESUBMITTED', 'WITHDRAWN'));
