-- Every outcome claim the payments benchmark will make (PaymentsDataSet), planned once as the schema owner into an
-- unlogged table and then inserted month by month, each before that month's payment run. For each agreement under
-- a contract paid by results, drawn from a hash of its id (the same every load), against the benchmark's rate card:
-- entry two to four weeks after the start; sustained 3, 6 and 12 months (each claim its own, achieved on the day of
-- entry, sustained until a little after the stage), each for most of those who reached the stage before; a
-- wellbeing improvement for a little over half; a review rating outcomes achieved for half, six months in. A claim
-- exists only if the agreement (and its contract) lasted until it was due, and only up to the last day of the month
-- measured ($1). Most are verified; a few were rejected, a few wait for a second check, and those due in that
-- month's last ten days are still waiting to be verified.
create unlogged table benchmark_claim_plan as
with agreement as (
    select a.id, a.held_by, a.person_id, a.provider_id, a.contract_id, a.start_date,
           least(coalesce(a.end_date, c.end_date), c.end_date, cast(? as date)) as last_day,
           a.start_date + 14 + (hashtext(a.id::text || '/entry') & 15) as entry
    from service_agreement a join contract c on c.id = a.contract_id
    where c.model = 'PAYMENT_BY_RESULTS'
), stage as (
    select a.*, s.outcome, s.number, s.days, s.likely
    from agreement a
    cross join (values ('sustained-3m', 1, 91, 870), ('sustained-6m', 2, 182, 870), ('sustained-12m', 3, 365, 820))
        as s (outcome, number, days, likely)
), sustained as (
    -- A stage is reached only if every stage before it was: the draws of the stages up to it all came up.
    select s.id, s.held_by, s.person_id, s.provider_id, s.contract_id, s.outcome, s.entry as achieved_on,
           s.entry + s.days + (hashtext(s.id::text || '/' || s.outcome || '/until') & 7) as sustained_until,
           s.last_day
    from stage s
    where not exists (select 1 from stage t
                      where t.id = s.id and t.number <= s.number
                        and (hashtext(t.id::text || '/' || t.outcome) & 1023) >= t.likely)
), claim as (
    select id, held_by, person_id, provider_id, contract_id, 'entry' as outcome, entry as achieved_on,
           cast(null as date) as sustained_until, last_day
    from agreement
    union all
    select id, held_by, person_id, provider_id, contract_id, outcome, achieved_on, sustained_until, last_day
    from sustained
    union all
    select id, held_by, person_id, provider_id, contract_id, 'wellbeing', entry + 56 + (hashtext(id::text || '/wb') & 127),
           null, last_day
    from agreement where (hashtext(id::text || '/wellbeing') & 1023) < 570
    union all
    select id, held_by, person_id, provider_id, contract_id, 'review-achieved',
           start_date + 182 + (hashtext(id::text || '/rv') & 31), null, last_day
    from agreement where (hashtext(id::text || '/review') & 1023) < 512
)
select md5(id::text || '/claim/' || outcome)::uuid as claim_id, held_by, id as agreement_id, contract_id,
       provider_id, person_id, outcome, achieved_on, sustained_until,
       coalesce(sustained_until, achieved_on) as due_on,
       case when coalesce(sustained_until, achieved_on) > cast(? as date) - 10 then 'SUBMITTED'
            when (hashtext(id::text || '/status/' || outcome) & 1023) < 20 then 'REJECTED'
            when (hashtext(id::text || '/status/' || outcome) & 1023) < 30 then 'SECOND_CHECK'
            else 'VERIFIED' end as status
from claim
where coalesce(sustained_until, achieved_on) <= last_day
