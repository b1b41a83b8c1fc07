-- A support plan for each of one council's people who has outcomes (revision 1, from the day the first outcome
-- was agreed), arranged mostly by the council, with an indicative budget and one line of planned support, so the
-- caseload and the summary read plans as they do in production; one plan in five has been revised once.
insert into support_plan (id, person_id, held_by, revision, effective_from, arrangement, allocation_scheme,
                          allocation_points, indicative_weekly_budget, reason, created_at)
select gen_random_uuid(), s.person_id, :council, r.revision, s.plan_start + (r.revision - 1) * 200,
       (array['COUNCIL_ARRANGED', 'DIRECT_PAYMENT', 'INDIVIDUAL_SERVICE_FUND'])[
           width_bucket(s.draw, array[0, 0.6, 0.85]::float8[])],
       'Benchmark scheme', s.points, s.points * 4.50,
       case when r.revision > 1 then 'Revised at a review' end, s.plan_start
from (select o.person_id, min(o.agreed_on) as plan_start, random() as draw, floor(random() * 90)::int as points,
             case when random() < 0.2 then 2 else 1 end as revisions
      from personal_outcome o where o.held_by = :council group by o.person_id) s
cross join lateral generate_series(1, s.revisions) r(revision)
