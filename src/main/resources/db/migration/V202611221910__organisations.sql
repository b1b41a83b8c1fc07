create table organisation (
    id                          uuid primary key,
    kind                        varchar(20)  not null check (kind in ('COUNCIL', 'HEALTH_BOARD', 'PROVIDER', 'CONSORTIUM')),
    name                        varchar(200) not null,
    welsh_name                  varchar(200),
    companies_house_number      varchar(8)   unique,
    charity_number              varchar(8),
    care_regulator_registration varchar(30),
    ods_code                    varchar(10)  unique,
    registered_by               uuid references organisation (id),
    active                      boolean      not null default true,
    created_at                  timestamptz  not null default now(),
    created_by                  uuid,
    updated_at                  timestamptz  not null default now(),
    updated_by                  uuid,
    version                     bigint       not null default 0
);

create unique index organisation_name_unique on organisation (lower(name));

create table app_user (
    id            uuid primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    email         varchar(254),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    created_by    uuid,
    updated_at    timestamptz  not null default now(),
    updated_by    uuid,
    version       bigint       not null default 0
);

create unique index app_user_username_unique on app_user (lower(username));

create table membership (
    id               uuid primary key,
    user_id          uuid        not null references app_user (id),
    organisation_id  uuid        not null references organisation (id),
    created_at       timestamptz not null default now(),
    unique (user_id, organisation_id)
);

create index membership_organisation on membership (organisation_id);

create table membership_role (
    membership_id uuid        not null references membership (id) on delete cascade,
    role          varchar(30) not null check (role in ('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'BROKER',
                                                       'FINANCE_OFFICER', 'PROVIDER_USER', 'AUDITOR')),
    primary key (membership_id, role)
);
