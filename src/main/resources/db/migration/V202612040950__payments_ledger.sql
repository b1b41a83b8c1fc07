-- Each council's payments ledger: double entry and append-only. An entry is one posting (a payment run's payments,
-- a remittance paid, a reversal), its lines debit or credit one account, for one provider where the account is a
-- provider's. The database holds the rules that must never break, whatever the code does:
--   * every line is one-sided and positive; an entry's debits equal its credits and it has at least two lines,
--     checked when the transaction commits (so lines can be written one by one);
--   * nothing is changed or deleted (append_only_table: the roles lose update, delete and truncate);
--   * an entry is posted once per source ('payment-run/<id>/...'), so a restarted posting cannot post twice,
--     and reversed at most once.
-- Not personal data, but the council's own books: only the holder sees them; providers read their remittances.
create table ledger_entry (
    id          uuid        primary key,
    held_by     uuid        not null,
    posted_on   date        not null,
    posted_at   timestamptz not null,
    posted_by   uuid,
    source      text        not null,
    description text        not null,
    reverses    uuid        references ledger_entry (id),
    constraint ledger_entry_source unique (held_by, source),
    constraint ledger_entry_reversed_once unique (reverses)
);

create table ledger_line (
    entry_id    uuid           not null references ledger_entry (id),
    line        int            not null check (line > 0),
    held_by     uuid           not null,
    account     text           not null,
    provider_id uuid,
    debit       numeric(19, 2) not null default 0 check (debit >= 0),
    credit      numeric(19, 2) not null default 0 check (credit >= 0),
    primary key (entry_id, line),
    constraint ledger_line_one_side check ((debit > 0) <> (credit > 0))
);

create index ledger_entry_by_holder on ledger_entry (held_by, posted_on);
create index ledger_line_by_account on ledger_line (held_by, account, provider_id);

insert into append_only_table (table_name, declared_by) values ('ledger_entry', 'payments'), ('ledger_line', 'payments');

-- Debits equal credits in the entry, over two lines or more, each line in its entry's council: checked when the
-- transaction commits, for the entry of each row written (entries are posted a few lines at a time: one provider's
-- payments in a run).
create function ledger_entry_balances() returns trigger language plpgsql as $$
declare
    -- The column naming the entry: id on ledger_entry, entry_id on ledger_line (the trigger's argument).
    entry uuid := (to_jsonb(new) ->> tg_argv[0])::uuid;
begin
    if exists (select 1 from ledger_entry e left join ledger_line l on l.entry_id = e.id
               where e.id = entry
               group by e.id
               having count(l.line) < 2 or coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0)
                   or bool_or(l.held_by <> e.held_by)) then
        raise exception 'ledger entry % does not balance: its debits must equal its credits over two lines or more',
            entry using errcode = '23514', constraint = 'ledger_entry_balanced';
    end if;
    return null;
end
$$;

create constraint trigger ledger_entry_balanced after insert on ledger_entry
    deferrable initially deferred for each row execute function ledger_entry_balances('id');
create constraint trigger ledger_line_balanced after insert on ledger_line
    deferrable initially deferred for each row execute function ledger_entry_balances('entry_id');

alter table ledger_entry enable row level security;
alter table ledger_entry force row level security;
create policy ledger_entry_held on ledger_entry
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
alter table ledger_line enable row level security;
alter table ledger_line force row level security;
create policy ledger_line_held on ledger_line
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
