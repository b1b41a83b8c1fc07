-- One council's people, in one statement. Names are drawn from weighted lists (:givenNames, :familyNames, with the
-- lower bound of each name's share of [0, 1) in :givenFrom, :familyFrom); most people were born 1925-1955, the
-- rest up to 2005. NHS numbers are unique, with a valid check digit (a tenth of people, whose nine digits have no
-- check digit, have none recorded). About 5% died in the last three months; the living are allocated at random to
-- the council's :workers care managers, whose ids follow from the council's id.
insert into person (id, held_by, reference, given_name, family_name, date_of_birth, nhs_number, address_line_1,
                    town, postcode, area_code, preferred_language, consent_to_share, consent_recorded_on,
                    date_of_death, allocated_worker, created_at, updated_at)
select md5('person/' || p.n)::uuid, :council, 'CY' || nextval('person_reference_seq'),
       (:givenNames::text[])[width_bucket(random(), :givenFrom::float8[])],
       (:familyNames::text[])[width_bucket(random(), :familyFrom::float8[])],
       p.born,
       case nhs.check_digit when 10 then null when 11 then p.nhs_base || '0' else p.nhs_base || nhs.check_digit end,
       (1 + floor(random() * 150)::int) || ' ' || (array['Heol y Bryn', 'Stryd Fawr', 'Ffordd yr Orsaf', 'Maes y Dre',
           'High Street', 'Church Road', 'Station Road', 'Park View'])[1 + floor(random() * 8)::int],
       'Tref ' || p.area,
       'CF' || p.area || ' ' || floor(random() * 10)::int || chr(65 + floor(random() * 26)::int)
           || chr(65 + floor(random() * 26)::int),
       :areaPrefix || lpad(p.area::text, 2, '0'),
       case when random() < :welshShare then 'CY' else 'EN' end,
       p.consent, case when p.consent then current_date - floor(random() * 2000)::int end,
       p.died,
       case when p.died is null and random() < 0.97
            then md5(:council::text || '/worker/' || floor(random() * :workers)::int)::uuid end,
       now(), now()
from (select n,
             1 + floor(random() * :areas)::int as area,
             random() < 0.85 as consent,
             case when random() < 0.05 then current_date - floor(random() * 90)::int end as died,
             case when random() < 0.75 then date '1925-01-01' + floor(power(random(), 0.6) * 11000)::int
                  else date '1955-01-01' + floor(random() * 18600)::int end as born,
             (400000000 + n * 7919 % 100000000)::text as nhs_base
      from generate_series(:first::bigint, :last::bigint) n) p
cross join lateral (select 11 - sum(substr(p.nhs_base, i, 1)::int * (11 - i)) % 11 as check_digit
                    from generate_series(1, 9) i) nhs
