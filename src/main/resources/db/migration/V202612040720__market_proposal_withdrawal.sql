-- A provider withdraws its proposal while the request takes proposals, and may then propose again. Proposals stay
-- append-only: a withdrawal is a row of its own, and a proposal after a withdrawn one names the one it follows.
create table support_proposal_withdrawal (
    proposal_id  uuid        primary key references support_proposal (id),
    withdrawn_at timestamptz not null,
    withdrawn_by uuid
);

insert into append_only_table (table_name, declared_by) values ('support_proposal_withdrawal', 'market');

-- One live proposal per provider per request, held by the database: the first has no predecessor and is unique per
-- provider and request; each later one follows a withdrawn proposal of the same provider and request, and no
-- proposal is followed twice. So each provider's proposals for a request form one chain, every one but the last
-- withdrawn.
alter table support_proposal drop constraint support_proposal_once;
alter table support_proposal add constraint support_proposal_whose unique (id, request_id, provider_id);
alter table support_proposal add column follows uuid
    constraint support_proposal_follows_withdrawn references support_proposal_withdrawal (proposal_id)
    constraint support_proposal_followed_once unique;
alter table support_proposal add constraint support_proposal_follows_own
    foreign key (follows, request_id, provider_id) references support_proposal (id, request_id, provider_id);
create unique index support_proposal_first_once on support_proposal (request_id, provider_id) where follows is null;
