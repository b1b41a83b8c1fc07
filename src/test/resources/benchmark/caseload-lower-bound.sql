-- Lower bound for a care manager's caseload: the same figures per person (plan start, latest review, outcomes,
-- outcomes at risk) in one plain query, finding each outcome's latest review through the index on
-- (outcome_id, reviewed_on desc). Parameters: today, the council, the care manager.
select p.id, p.reference, p.given_name, p.family_name,
       min(o.agreed_on) as plan_start, max(l.reviewed_on) as last_review, count(o.id) as outcomes,
       count(o.id) filter (where l.rating = 'NOT_ACHIEVED'
           or (o.target_date < ? and coalesce(l.rating, '') not in ('ACHIEVED', 'NO_LONGER_RELEVANT'))) as at_risk
from person p
left join personal_outcome o on o.person_id = p.id
left join lateral (select r.rating, r.reviewed_on from outcome_review r where r.outcome_id = o.id
                   order by r.reviewed_on desc, r.created_at desc limit 1) l on true
where p.held_by = ? and p.allocated_worker = ? and p.date_of_death is null
group by p.id
