-- A council's market analysis in one hand-written statement: the lower bound MarketBenchmark compares
-- MarketAnalysis with. Every figure the analysis shows, as rows of (part, key, a, b, c, d):
--   listed area|service|total    providers, capacity hours, vacancy hours, median hourly price of latest listings
--   commissioned provider|service|area|total   people, weekly hours, weekly spend of agreements in force today
--   hours on <day>               people, weekly hours, weekly spend in force on the first of each of 12 months
--   price on <day>               providers giving a price, median hourly price of listings published before the day
--   unmet                        unmet requests (or closed with no proposal still standing), longest wait in days
--                                (only if the council made any request)
--   days to start                awarded requests started in the last 12 months, median days (only if any)
-- Medians as the analysis takes them: halfway between the two middle values, to the penny.
-- Parameters: council, day, the 12 days (text[]), now.
with params as (select cast(? as uuid) as council, cast(? as date) as day, cast(cast(? as text[]) as date[]) as days,
                       cast(? as timestamptz) as now),
latest as (
    select distinct on (v.provider_id) v.provider_id, v.services, v.areas, v.price_per_hour, v.capacity_hours,
           v.vacancy_hours
    from params, provider_listing_version v
    join provider_standing s on s.provider_id = v.provider_id
    where s.council_id = params.council and s.status <> 'REMOVED'
    order by v.provider_id, v.number desc),
listed as (
    select 'listed ' || g.grouping as part, g.key, count(*)::numeric as a, sum(l.capacity_hours)::numeric as b,
           sum(l.vacancy_hours)::numeric as c,
           round((percentile_disc(0.5) within group (order by l.price_per_hour)
                  + percentile_disc(0.5) within group (order by l.price_per_hour desc)) / 2, 2) as d
    from latest l
    cross join lateral (select 'area', a from unnest(l.areas) a
                        union all select 'service', s from unnest(l.services) s
                        union all select 'total', '') g(grouping, key)
    group by g.grouping, g.key),
in_force as (
    select a.provider_id, a.service, a.person_id, coalesce(p.area_code, '') as area, a.weekly_hours, a.weekly_price
    from params, service_agreement a join person p on p.id = a.person_id
    where a.held_by = params.council and a.start_date <= params.day
      and (a.end_date is null or a.end_date >= params.day)),
commissioned as (
    select case when grouping(provider_id) = 0 then 'commissioned provider'
                when grouping(service) = 0 then 'commissioned service'
                when grouping(area) = 0 then 'commissioned area' else 'commissioned total' end,
           coalesce(provider_id::text, service, area, ''), count(distinct person_id)::numeric,
           coalesce(sum(weekly_hours), 0), coalesce(sum(weekly_price), 0), null::numeric
    from in_force
    group by grouping sets ((provider_id), (service), (area), ())),
hours as (
    select 'hours on ' || d.day, '', count(distinct a.person_id)::numeric, coalesce(sum(a.weekly_hours), 0),
           coalesce(sum(a.weekly_price), 0), null::numeric
    from params cross join unnest(params.days) d(day)
    left join service_agreement a on a.held_by = params.council and a.start_date <= d.day
         and (a.end_date is null or a.end_date >= d.day)
    group by d.day),
prices as (
    select 'price on ' || d.day, '', count(l.price_per_hour)::numeric, null::numeric, null::numeric,
           round((percentile_disc(0.5) within group (order by l.price_per_hour)
                  + percentile_disc(0.5) within group (order by l.price_per_hour desc)) / 2, 2)
    from params cross join unnest(params.days) d(day)
    left join lateral (select distinct on (v.provider_id) v.price_per_hour
                       from provider_listing_version v
                       join provider_standing s on s.provider_id = v.provider_id
                       where s.council_id = params.council and s.status <> 'REMOVED'
                         and v.published_at < (d.day::timestamp at time zone 'Europe/London')
                       order by v.provider_id, v.number desc) l on true
    group by d.day),
requests as (
    select r.created_at, params.day,
           r.status = 'UNMET' or (r.status = 'OPEN' and r.closes_at <= params.now
               and not exists (select 1 from support_proposal p where p.request_id = r.id
                               and not exists (select 1 from support_proposal_withdrawal w
                                               where w.proposal_id = p.id))) as unmet
    from params join support_request r on r.held_by = params.council),
unmet as (
    select 'unmet', '', (count(*) filter (where unmet))::numeric,
           coalesce(max(day - (created_at at time zone 'Europe/London')::date) filter (where unmet), 0)::numeric,
           null::numeric, null::numeric
    from requests
    having count(*) > 0),
started as (
    select 'days to start', '', count(*)::numeric,
           round(percentile_cont(0.5) within group (
               order by p.start_date - (r.created_at at time zone 'Europe/London')::date)::numeric, 1),
           null::numeric, null::numeric
    from params join support_request r on r.held_by = params.council and r.status = 'AWARDED'
    join support_proposal p on p.id = r.awarded_proposal
    where p.start_date between (params.day - interval '12 months')::date and params.day
    having count(*) > 0)
select * from listed union all select * from commissioned union all select * from hours
union all select * from prices union all select * from unmet union all select * from started
