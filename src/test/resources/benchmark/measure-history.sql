-- One council's measures' targets and history: for each measure and subject (the council itself, or each provider
-- that supplies one of its contracts), a target from the first period and a value for each period up to the last one
-- given (24 months, or 8 quarters), each a little above or below the target, so ratings are a real mix of green,
-- amber and red. Counts and amounts sit around a level from the subject's agreements in force today. Computed
-- measures stop a month earlier: the benchmark computes their last month through the application.
with measures as (
    select m.id, m.held_by, m.code, m.shape, m.factor, m.decimals, m.polarity, m.source, m.attachment,
           m.frequency = 'MONTHLY' as monthly,
           case when m.source = 'COMPUTED' then cast(:computedLast as date)
                when m.frequency = 'MONTHLY' then cast(:monthlyLast as date)
                else cast(:quarterlyLast as date) end as last_period
    from measure m
    where m.held_by = :council and m.retired_at is null
), in_force as (
    select provider_id, count(distinct person_id) as people, sum(weekly_hours) as hours
    from service_agreement
    where held_by = :council and start_date <= current_date and (end_date is null or end_date >= current_date)
    group by provider_id
), subjects as (
    select distinct p.organisation_id::text as subject, coalesce(f.people, 0) as people,
                    coalesce(f.hours, 0) as hours
    from contract c
    join contract_party p on p.contract_id = c.id and p.role = 'SUPPLIER'
    left join in_force f on f.provider_id = p.organisation_id
    where c.held_by = :council
    union all
    select '', coalesce(sum(people), 0), coalesce(sum(hours), 0) from in_force
), series as (
    select m.*, s.subject,
           case when m.shape = 'PERCENTAGE' then case m.polarity when 'HIGHER_IS_BETTER' then 85 else 10 end
                when m.shape = 'RATE' then 1
                when m.code = 'hours-delivered' then greatest(10, round(s.hours * 4.3))
                when m.code = 'outcome-payments' then greatest(100, s.people * 25)
                when m.code = 'people-waiting' then greatest(5, s.people / 50)
                else greatest(1, s.people) end as target,
           greatest(10, least(400, s.people)) as cases
    from measures m
    join subjects s on (s.subject = '') = (m.attachment = 'COUNCIL')
), periods as (
    select s.*, (s.last_period - make_interval(months => i * case when s.monthly then 1 else 3 end))::date as period,
           cast(0.8 + random() * 0.35 as numeric) as level
    from series s
    cross join generate_series(0, case when s.monthly then 23 else 7 end) as i
), targets as (
    insert into measure_target (id, held_by, measure_id, subject, from_period, target, reason, recorded_at)
    select gen_random_uuid(), held_by, id, subject, min(period), target, 'Set for the benchmark', now() - interval '2 years'
    from periods
    group by held_by, id, subject, target
), figures as (
    select p.*,
           case when p.shape = 'PERCENTAGE' then least(p.cases, round(p.cases * p.target / 100 * p.level))
                when p.shape = 'RATE' then round(p.cases * p.target / 100 * p.level)
                when p.shape = 'AMOUNT' then round(p.target * p.level, 2)
                else round(p.target * p.level) end as numerator,
           case when p.shape in ('PERCENTAGE', 'RATE') then p.cases end as denominator
    from periods p
)
insert into measure_value (id, held_by, measure_id, subject, period_start, numerator, denominator, value, origin,
                           recorded_at)
select gen_random_uuid(), held_by, id, subject, period,
       numerator, denominator,
       round(case when denominator is null then numerator else numerator * factor / denominator end, decimals),
       source, least(now(), period + interval '1 month' * case when monthly then 1 else 3 end + interval '5 days')
from figures
