-- The providers eligible for a support request in one hand-written statement: the lower bound MarketBenchmark
-- compares Brokerage.eligible with. The council may give them new work on the day (accredited and not expired, not
-- inside a suspension); they supply under a live contract of the council, of a route people are supported under
-- directly, with no lots or a lot covering the service in the area; and their latest published listing offers the
-- service in the area with the hours free, and Welsh-speaking staff when Welsh is asked for.
-- Parameters: council, day, day, day, service, area, hours, Welsh (boolean), council, day, day, service, area.
select s.provider_id
from provider_standing s
join lateral (select v.services, v.areas, v.vacancy_hours, v.welsh_speaking_staff
              from provider_listing_version v where v.provider_id = s.provider_id
              order by v.number desc limit 1) l on true
where s.council_id = ? and s.status in ('ACCREDITED', 'SUSPENDED') and s.accredited_until >= ?
  and not (s.status = 'SUSPENDED' and s.suspended_from <= ? and coalesce(s.suspended_until >= ?, true))
  and ? = any (l.services) and ? = any (l.areas) and l.vacancy_hours >= ?
  and (not ? or l.welsh_speaking_staff > 0)
  and exists (select 1
              from contract c join contract_party p on p.contract_id = c.id and p.organisation_id = s.provider_id
              where c.held_by = ? and c.start_date <= ? and c.end_date >= ?
                and c.route in ('BLOCK_CONTRACT', 'FRAMEWORK_AGREEMENT', 'DYNAMIC_PURCHASING_SYSTEM',
                                'SERVICE_LEVEL_AGREEMENT', 'GRANT')
                and (not exists (select 1 from contract_lot l where l.contract_id = c.id)
                     or exists (select 1 from contract_lot l where l.contract_id = c.id
                                and (cardinality(l.services) = 0 or ? = any (l.services))
                                and (cardinality(l.areas) = 0 or ? = any (l.areas)))))
order by s.provider_id
