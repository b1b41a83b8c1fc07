-- The payments benchmark's lower bound (PaymentRunFigures): what a month's payment run pays each provider of each
-- council, given the month's first and last days and the councils (named parameters, each bound as a value where
-- it is used, so that the planner sees it), by one statement over the same tables as
-- the application, as the schema owner: the fixed element of each contract in force, shared among its suppliers
-- with the odd pennies to the first; the part of each agreement's weekly price not at risk, for its days in the
-- month; and, under a rate card, what the card owes each agreement by the month's end (the up-front share of the
-- plan value, then each verified outcome in the order it became payable, within the participant's cap) less what
-- posted runs paid it. It follows the rules of PaymentCalculation for the benchmark's cards (no cap per provider or
-- contract; each stage claimed on its own), and must give the application's totals to the penny before it is timed.
with in_force as (
    select c.id, c.held_by, c.start_date, c.end_date, v.terms,
           coalesce((v.terms -> 'paymentTerms' ->> 'outcomeSharePercent')::numeric, 0) as share,
           (v.terms -> 'paymentTerms' -> 'fixedElementPerYear' ->> 'amount')::numeric as fixed
    from contract c
    join contract_version v on v.contract_id = c.id and v.number = c.current_version
    where c.held_by = any (:councils) and c.start_date <= :last_day
), fixed_month as (
    select c.id, c.held_by, c.terms,
           (round(round(c.fixed * (least(c.end_date, :last_day) - greatest(c.start_date, :first_day) + 1)
                        / (12 * (:last_day - :first_day + 1)), 10), 2) * 100)::bigint as pennies
    from in_force c
    where c.fixed > 0 and least(c.end_date, :last_day) >= greatest(c.start_date, :first_day)
), fixed as (
    select f.held_by, (s.party -> 'organisation' ->> 'value')::uuid as provider,
           (f.pennies / s.suppliers + case when s.n - 1 < f.pennies % s.suppliers then 1 else 0 end) / 100.0 as amount
    from fixed_month f
    cross join lateral (select p.party, row_number() over (order by p.position) as n, count(*) over () as suppliers
                        from jsonb_array_elements(f.terms -> 'parties') with ordinality as p (party, position)
                        where p.party ->> 'role' = 'SUPPLIER') s
), service as (
    select a.held_by, a.provider_id as provider,
           round(round(a.weekly_price * (100 - c.share) * d.days / 700, 10), 2) as amount
    from service_agreement a
    join in_force c on c.id = a.contract_id
    cross join lateral (select least(case when a.end_date <= c.end_date then a.end_date else c.end_date end,
                                     :last_day) - greatest(a.start_date, :first_day) + 1 as days) d
    where d.days > 0 and c.share < 100 and a.weekly_price > 0
), card_outcome as materialized (
    -- Each outcome of each card version, with how deep it is and what it requires (itself included), walked up
    -- the card's own requirements.
    select r.contract_id, r.version, o.value ->> 'code' as code, (o.value -> 'price' ->> 'amount')::numeric as price,
           (o.value ->> 'sustainedDays')::integer as days, o.position, w.depth, w.requires
    from rate_card r
    cross join lateral jsonb_array_elements(r.card -> 'outcomes') with ordinality as o (value, position)
    cross join lateral (
        with recursive walk (code, depth) as (
            select o.value ->> 'code', 0
            union all
            select x.value ->> 'requires', walk.depth + 1
            from walk join jsonb_array_elements(r.card -> 'outcomes') x on x.value ->> 'code' = walk.code
            where x.value ->> 'requires' is not null)
        select max(depth) as depth, array_agg(code) as requires from walk) w
    where r.held_by = any (:councils)
), by_card as (
    -- Each agreement under a card, with the version in force on the day it started (or else the first), and its
    -- up-front share of the plan value, within the participant's cap.
    select a.id, a.held_by, a.provider_id, a.contract_id, r.version, u.upfront,
           (r.card -> 'participantCap' ->> 'amount')::numeric - u.upfront as room
    from service_agreement a
    join in_force c on c.id = a.contract_id
    cross join lateral (select r.version, r.card from rate_card r where r.contract_id = a.contract_id
                        order by r.effective_from <= a.start_date desc,
                                 case when r.effective_from <= a.start_date then r.effective_from end desc nulls last,
                                 r.version
                        limit 1) r
    cross join lateral (select case when a.end_date is null or a.end_date - a.start_date + 1 >= 364
                                    then a.weekly_price * 52
                                    else round(a.weekly_price * (a.end_date - a.start_date + 1) / 7, 2) end
                               as plan_value) v
    cross join lateral (select least(round(v.plan_value * coalesce((r.card ->> 'upfrontShare')::numeric, 0), 2),
                                     (r.card -> 'participantCap' ->> 'amount')::numeric) as upfront) u
    where a.start_date <= :last_day
), own as (
    -- Each agreement's verified claims, each with the day it became payable by itself (null if it has not by the
    -- month's end) and its place on the card.
    select b.id, b.held_by, b.provider_id, b.room, o.code, o.price, o.position, o.depth, o.requires,
           case when cl.achieved_on > :last_day then null
                when o.days is null then cl.achieved_on
                when cl.sustained_until is null or cl.sustained_until - cl.achieved_on < o.days then null
                when cl.achieved_on + o.days > :last_day then null
                else cl.achieved_on + o.days end as own_day
    from outcome_claim cl
    join by_card b on b.id = cl.agreement_id
    join card_outcome o on o.contract_id = b.contract_id and o.version = b.version and o.code = cl.outcome
    where cl.held_by = any (:councils) and cl.status = 'VERIFIED'
), payable as (
    -- An outcome is payable once it and everything it requires are, on the last of their days.
    select w.id, w.held_by, w.provider_id, w.room, w.price, w.position, w.depth, max(r.own_day) as payable_on
    from own w
    cross join lateral unnest(w.requires) q (code)
    left join own r on r.id = w.id and r.code = q.code
    group by w.id, w.held_by, w.provider_id, w.room, w.price, w.position, w.depth, w.code
    having count(r.own_day) = count(*)
), outcome_paid as (
    -- In the order they became payable, each within what the cap leaves after those before it.
    select held_by, provider_id as provider,
           greatest(0, least(price, coalesce(room - coalesce(sum(price) over (partition by id
               order by payable_on, depth, position rows between unbounded preceding and 1 preceding), 0), price)))
               as amount
    from payable
), paid_before as (
    select l.held_by, l.provider_id as provider, -sum(l.amount) as amount
    from payment_run_line l join payment_run r on r.id = l.run_id
    where l.held_by = any (:councils) and r.status in ('POSTED', 'EXPORTED')
      and l.status = 'PAID' and l.kind in ('UPFRONT', 'OUTCOME')
    group by l.held_by, l.provider_id
)
select held_by, provider, sum(amount) as total
from (select held_by, provider, amount from fixed
      union all select held_by, provider, amount from service
      union all select held_by, provider_id, upfront from by_card
      union all select held_by, provider, amount from outcome_paid
      union all select held_by, provider, amount from paid_before) paid
group by held_by, provider
having sum(amount) <> 0
order by held_by, provider
