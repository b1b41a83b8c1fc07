-- The reviews of one council's outcomes (about 3 per outcome: 6 million at national scale). A person's outcomes
-- are reviewed together: six weeks after the plan starts, then yearly to date, give or take a few weeks; one
-- person in five is a review behind, so their next review is overdue. Each review rates the outcome afresh.
insert into outcome_review (id, outcome_id, person_id, held_by, reviewed_on, rating, progress_score, evidence,
                            person_view, worker_view, views_differ, disagreement, created_at)
select gen_random_uuid(), r.outcome_id, r.person_id, :council, r.reviewed_on, r.rating,
       case r.rating when 'ACHIEVED' then 8 + floor(r.u * 3)::int
                     when 'PARTLY_ACHIEVED' then 4 + floor(r.u * 4)::int
                     when 'NOT_ACHIEVED' then floor(r.u * 4)::int
                     else floor(r.u * 11)::int end,
       (array['Walked to the shop with the carer twice a week', 'Says they feel more confident at home',
              'Daughter reports fewer worried phone calls', 'Has been to the choir three times this month',
              'Still needs two carers to get out of bed', 'No falls since the last review',
              'Provider notes show visits at the times agreed', 'Went into hospital in the spring'])
           [1 + floor(random() * 8)::int],
       case when random() < 0.6 then 'I am managing better than I was' end,
       case when random() < 0.8 then 'Progress is steady; keep the plan as it is' end,
       r.u < 0.08, case when r.u < 0.08 then 'The person feels more has been achieved than the provider does' end,
       (r.reviewed_on + time '11:00')::timestamptz
from (select o.id as outcome_id, o.person_id,
             least(current_date, o.agreed_on + 42 + (j - 1) * 365 + abs(hashtext(o.person_id::text || j)) % 41 - 20)
                 as reviewed_on,
             (array['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'NO_LONGER_RELEVANT'])
                 [width_bucket(random(), array[0, 0.33, 0.68, 0.88]::float8[])] as rating,
             random() as u
      from personal_outcome o
      cross join lateral generate_series(1, greatest(0,
          case when current_date - o.agreed_on >= 42 then 1 + (current_date - o.agreed_on - 42) / 365 else 0 end
          - case when abs(hashtext(o.person_id::text)) % 5 = 0 then 1 else 0 end)) j
      where o.held_by = :council) r
