-- What a council's OCDS release package is made from, read in one hand-written statement: the lower bound
-- MarketBenchmark compares the streamed package with. Each contract with the terms of its current version, its
-- variations (every later version's number, reason and time) and its parties' names, in the package's order. It
-- reads what the package needs and writes no JSON, so the ratio is what the export adds to reading the rows.
-- Parameter: council.
select c.id, c.reference, c.route, c.parent_id, c.call_off_method, c.current_version, c.created_at, v.terms,
       v.made_at,
       (select json_agg(json_build_object('number', w.number, 'reason', w.reason, 'madeAt', w.made_at)
                        order by w.number)
        from contract_version w where w.contract_id = c.id and w.number > 1) as variations,
       (select json_agg(o.name order by o.name)
        from contract_party p join organisation o on o.id = p.organisation_id where p.contract_id = c.id) as parties
from contract c join contract_version v on v.contract_id = c.id and v.number = c.current_version
where c.held_by = ?
order by c.start_date desc, c.reference
