-- Bids, scores, moderation and award decisions: history, appended and never changed. A replaced bid is a new row
-- that names the one it replaces; a withdrawal is a row too (withdrawn, no price). A provider's current bid for a lot
-- is its latest row, unless that is a withdrawal. Scores and moderated scores likewise: the latest counts.
create table procurement_bid (
    id             uuid           primary key,
    -- The order rows were written in, so the latest is certain even within one instant.
    seq            bigint         generated always as identity unique,
    procurement_id uuid           not null references procurement (id),
    held_by        uuid           not null,
    provider_id    uuid           not null,
    lot_number     integer        not null,
    withdrawn      boolean        not null,
    price          numeric(19, 2) check (price >= 0),
    -- The response to each criterion, by its number: {"1": "...", "2": "..."}.
    responses      jsonb          not null,
    replaces       uuid           references procurement_bid (id),
    submitted_at   timestamptz    not null,
    submitted_by   uuid,
    foreign key (procurement_id, lot_number) references procurement_lot (procurement_id, number),
    constraint procurement_bid_price check (withdrawn = (price is null))
);

create index procurement_bid_by_provider on procurement_bid (procurement_id, provider_id, lot_number, submitted_at desc);

create table procurement_score (
    seq              bigint      generated always as identity primary key,
    procurement_id   uuid        not null references procurement (id),
    bid_id           uuid        not null references procurement_bid (id),
    criterion_number integer     not null,
    evaluator_id     uuid        not null,
    score            integer     not null check (score between 0 and 5),
    comment          text        not null check (length(btrim(comment)) > 0),
    scored_at        timestamptz not null,
    foreign key (procurement_id, criterion_number) references procurement_criterion (procurement_id, number)
);

create index procurement_score_by_bid on procurement_score (procurement_id, bid_id, criterion_number, scored_at desc);

create table procurement_moderated_score (
    seq              bigint      generated always as identity primary key,
    procurement_id   uuid        not null references procurement (id),
    bid_id           uuid        not null references procurement_bid (id),
    criterion_number integer     not null,
    score            integer     not null check (score between 0 and 5),
    reason           text,
    moderated_by     uuid        not null,
    moderated_at     timestamptz not null,
    foreign key (procurement_id, criterion_number) references procurement_criterion (procurement_id, number)
);

create index procurement_moderated_by_bid on procurement_moderated_score (procurement_id, bid_id, criterion_number,
    moderated_at desc);

-- Each round of award: one row per lot awarded, and, if the award is withdrawn in its standstill, one withdrawal row
-- (lot_number and bid_id null) with the reason.
create table procurement_award (
    seq            bigint      generated always as identity primary key,
    procurement_id uuid        not null references procurement (id),
    round          integer     not null check (round >= 1),
    kind           text        not null check (kind in ('AWARD', 'WITHDRAWAL')),
    lot_number     integer,
    bid_id         uuid        references procurement_bid (id),
    reason         text,
    decided_by     uuid        not null,
    decided_at     timestamptz not null,
    constraint procurement_award_lot check ((kind = 'AWARD') = (lot_number is not null and bid_id is not null)),
    constraint procurement_award_withdrawal check (kind = 'AWARD' or length(btrim(reason)) > 0)
);

create unique index procurement_award_once on procurement_award (procurement_id, round, coalesce(lot_number, 0));

insert into append_only_table (table_name, declared_by) values
    ('procurement_bid', 'contracts'),
    ('procurement_score', 'contracts'),
    ('procurement_moderated_score', 'contracts'),
    ('procurement_award', 'contracts');
