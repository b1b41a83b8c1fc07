-- People who have care and support, held by the council (or health board) that commissions it.
create extension if not exists pg_trgm;

create sequence person_reference_seq start with 1000001;

create table person (
    id                       uuid primary key,
    held_by                  uuid         not null,
    reference                varchar(12)  not null unique,
    given_name               varchar(100) not null,
    family_name              varchar(100) not null,
    date_of_birth            date         not null,
    nhs_number               varchar(10),
    address_line_1           varchar(200),
    address_line_2           varchar(200),
    town                     varchar(100),
    postcode                 varchar(8),
    area_code                varchar(12),
    preferred_language       varchar(2)   not null check (preferred_language in ('EN', 'CY')),
    welsh_offer_made_on      date,
    communication_needs      varchar(1000),
    consent_to_share         boolean      not null default false,
    consent_recorded_on      date,
    date_of_death            date,
    created_at               timestamptz  not null,
    created_by               uuid,
    updated_at               timestamptz  not null,
    updated_by               uuid,
    version                  bigint       not null default 0,
    constraint person_death_after_birth check (date_of_death is null or date_of_death >= date_of_birth)
);

-- One record per person per holding organisation.
create unique index person_nhs_number_unique on person (held_by, nhs_number) where nhs_number is not null;
create index person_held_by_dob on person (held_by, date_of_birth);
create index person_name_trigram on person using gin ((lower(family_name || ' ' || given_name)) gin_trgm_ops);
create index person_held_by_family on person (held_by, lower(family_name), lower(given_name));

-- Carers and other people who matter to the person.
create table person_contact (
    id            uuid primary key,
    person_id     uuid         not null references person (id) on delete cascade,
    name          varchar(200) not null,
    relationship  varchar(100) not null,
    is_carer      boolean      not null default false,
    telephone     varchar(30),
    notes         varchar(1000),
    created_at    timestamptz  not null,
    created_by    uuid
);

create index person_contact_person on person_contact (person_id);
