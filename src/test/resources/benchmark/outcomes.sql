-- Two to five personal outcomes for each of one council's people (3.35 on average: 2.0 million at national
-- scale), all agreed when the person's plan started, some time in the last 2,100 days, in a few common wordings
-- linked to the council's outcome framework (:framework). Most read as outcomes; some as outputs, processes or
-- inputs, as real plans do.
with wording(number, statement, wales, england) as (values
    (1, 'I want to see my grandchildren every week', 'wales-nof/relationships', 'england-ascof/quality-of-life'),
    (2, 'I want to stay living in my own home', 'wales-nof/accommodation', 'england-ascof/delaying-need'),
    (3, 'I want to feel safe when I am on my own at night', 'wales-nof/protection', 'england-ascof/safeguarding'),
    (4, 'I want to choose when I get up and go to bed', 'wales-nof/control', 'england-ascof/quality-of-life'),
    (5, 'I want to go to chapel on Sundays again', 'wales-nof/relationships', 'england-ascof/quality-of-life'),
    (6, 'I want to go to the shops on my own', 'wales-nof/control', 'england-ascof/delaying-need'),
    (7, 'I want to feel less lonely', 'wales-nof/health', 'england-ascof/quality-of-life'),
    (8, 'I want to be able to have a bath when I choose', 'wales-nof/health', 'england-ascof/positive-experience'),
    (9, 'I want to keep going to the choir', 'wales-nof/education', 'england-ascof/quality-of-life'),
    (10, 'I want to help at the community garden', 'wales-nof/contribution', 'england-ascof/quality-of-life'),
    (11, 'I want to cook my own meals', 'wales-nof/control', 'england-ascof/delaying-need'),
    (12, 'I want to walk to the end of the street without falling', 'wales-nof/health', 'england-ascof/delaying-need'),
    (13, 'I want to manage my money and pay my own bills', 'wales-nof/social-economic', 'england-ascof/quality-of-life'),
    (14, 'I want to sleep through the night without pain', 'wales-nof/health', 'england-ascof/quality-of-life'),
    (15, 'I want my home to be warm and easy to get around', 'wales-nof/accommodation', 'england-ascof/delaying-need'),
    (16, 'I want to claim the benefits I am entitled to', 'wales-nof/rights', 'england-ascof/quality-of-life'),
    (17, 'I want to go back to my bowls club', 'wales-nof/education', 'england-ascof/quality-of-life'),
    (18, 'I want my daughter to have a break from caring', 'wales-nof/relationships', 'england-ascof/positive-experience'),
    (19, 'Twice-daily visits to help with personal care', 'wales-nof/control', 'england-ascof/positive-experience'),
    (20, 'Attend a day centre three times a week', 'wales-nof/relationships', 'england-ascof/quality-of-life')
)
insert into personal_outcome (id, person_id, held_by, statement, domain, indicator, baseline, target_date,
                              contributors, genuine, realistic, statement_kind, agreed_on, created_at, updated_at)
select gen_random_uuid(), o.person_id, :council, w.statement,
       case :framework when 'wales-nof' then w.wales else w.england end,
       'What the person says at each review', 'Needs help every day', o.plan_start + 180 + floor(o.r * 360)::int,
       'The person, their family and the home care provider', o.r < 0.92, o.r < 0.86,
       (array['OUTCOME', 'OUTPUT', 'PROCESS', 'INPUT'])[width_bucket(random(), array[0, 0.7, 0.85, 0.95]::float8[])],
       o.plan_start, o.plan_start, o.plan_start
from (select p.person_id, p.plan_start, 1 + floor(random() * 20)::int as wording, random() as r
      from (select id as person_id, current_date - floor(random() * 2100)::int as plan_start,
                   2 + width_bucket(random(), array[0.25, 0.55, 0.85]::float8[]) as outcomes
            from person where held_by = :council) p
      cross join lateral generate_series(1, p.outcomes) j) o
join wording w on w.number = o.wording
