-- The market: each council's standing with each provider, every change to it (history, append-only), and the
-- listings providers keep of what they offer: one draft each, and every published version (history,
-- append-only). Not personal data: the application's walls (a council sees its own standings, a provider its
-- own, nobody a draft but its provider) are enforced in Accreditation and Listings.

create table provider_standing (
    id                uuid        primary key,
    council_id        uuid        not null references organisation (id),
    provider_id       uuid        not null references organisation (id),
    status            text        not null check (status in ('APPLIED', 'ACCREDITED', 'SUSPENDED', 'REMOVED')),
    evidence          text,
    accredited_until  date,
    suspension_reason text,
    suspended_from    date,
    suspended_until   date,
    created_at        timestamptz not null,
    created_by        uuid,
    updated_at        timestamptz not null,
    updated_by        uuid,
    version           bigint      not null default 0,
    constraint provider_standing_once unique (council_id, provider_id),
    constraint provider_standing_accredited
        check (status in ('APPLIED') or (evidence is not null and accredited_until is not null)),
    constraint provider_standing_suspension
        check (status <> 'SUSPENDED' or (suspended_from is not null and suspension_reason is not null)),
    constraint provider_standing_until_after_from
        check (suspended_until is null or suspended_until >= suspended_from)
);

create index provider_standing_by_provider on provider_standing (provider_id);

create table provider_standing_change (
    id               uuid        primary key,
    standing_id      uuid        not null references provider_standing (id),
    council_id       uuid        not null,
    provider_id      uuid        not null,
    step             text        not null
        check (step in ('APPLIED', 'ACCREDITED', 'RENEWED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'REMOVED')),
    from_status      text        check (from_status in ('APPLIED', 'ACCREDITED', 'SUSPENDED', 'REMOVED')),
    to_status        text        not null check (to_status in ('APPLIED', 'ACCREDITED', 'SUSPENDED', 'REMOVED')),
    reason           text,
    evidence         text,
    accredited_until date,
    suspended_from   date,
    suspended_until  date,
    changed_by       uuid,
    changed_at       timestamptz not null,
    -- The order the changes were made in, even within one instant.
    sequence         bigint      generated always as identity
);

create index provider_standing_change_by_standing on provider_standing_change (standing_id, sequence);

-- What a provider lists; the same columns in its draft and in each published version.
create table provider_listing_draft (
    provider_id          uuid           primary key references organisation (id),
    services             text[]         not null,
    areas                text[]         not null,
    price_per_hour       numeric(19, 2) check (price_per_hour >= 0),
    price_per_week       numeric(19, 2) check (price_per_week >= 0),
    price_per_package    numeric(19, 2) check (price_per_package >= 0),
    capacity_hours       integer        not null check (capacity_hours >= 0),
    vacancy_hours        integer        not null check (vacancy_hours >= 0),
    welsh_speaking_staff integer        not null check (welsh_speaking_staff >= 0),
    welsh_active_offer   boolean        not null,
    other_languages      text,
    description          text,
    contact_email        text,
    contact_phone        text,
    created_at           timestamptz    not null,
    created_by           uuid,
    updated_at           timestamptz    not null,
    updated_by           uuid,
    version              bigint         not null default 0,
    constraint provider_listing_draft_vacancies check (vacancy_hours <= capacity_hours)
);

create table provider_listing_version (
    id                   uuid           primary key,
    provider_id          uuid           not null references organisation (id),
    number               integer        not null check (number > 0),
    services             text[]         not null,
    areas                text[]         not null,
    price_per_hour       numeric(19, 2) check (price_per_hour >= 0),
    price_per_week       numeric(19, 2) check (price_per_week >= 0),
    price_per_package    numeric(19, 2) check (price_per_package >= 0),
    capacity_hours       integer        not null check (capacity_hours >= 0),
    vacancy_hours        integer        not null check (vacancy_hours >= 0),
    welsh_speaking_staff integer        not null check (welsh_speaking_staff >= 0),
    welsh_active_offer   boolean        not null,
    other_languages      text,
    description          text,
    contact_email        text,
    contact_phone        text,
    published_by         uuid,
    published_at         timestamptz    not null,
    constraint provider_listing_version_once unique (provider_id, number),
    constraint provider_listing_version_vacancies check (vacancy_hours <= capacity_hours)
);

insert into append_only_table (table_name, declared_by) values
    ('provider_standing_change', 'market'),
    ('provider_listing_version', 'market');
