-- As for people's child rows (V202612040300): answers are read with their measurement and written only by its holder.

drop policy measurement_answer_seen_with_measurement on measurement_answer;
create policy measurement_answer_seen_with_measurement on measurement_answer for select
    using (exists (select 1 from measurement p where p.id = measurement_answer.measurement_id));
create policy measurement_answer_written_by_holder on measurement_answer for all
    using (exists (select 1 from measurement p where p.id = measurement_answer.measurement_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid))
    with check (exists (select 1 from measurement p where p.id = measurement_answer.measurement_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
