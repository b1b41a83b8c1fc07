-- Every account belongs to one home organisation, whose administrators alone may reset its password, disable,
-- enable or unlock it. Existing accounts are homed where they first became a member.
alter table app_user add column home_organisation_id uuid references organisation (id);

update app_user u
set home_organisation_id = (select m.organisation_id
                            from membership m
                            where m.user_id = u.id
                            order by m.created_at, m.id
                            limit 1);

-- An account with no membership at all (never possible through Cylch) cannot be homed; refuse to guess.
alter table app_user alter column home_organisation_id set not null;

create index app_user_home_organisation on app_user (home_organisation_id);

-- Joining another organisation is an invitation: its administrator invites, the user accepts, and where the
-- user's home organisation is a council or health board, that organisation's administrator approves.
-- An invitation to a username that has no account is kept too (invitee_user_id null), so that the inviting
-- administrator sees the same thing whether or not the username exists; such an invitation can never be taken up.
create table membership_invitation (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    invitee_username varchar(60)  not null,
    invitee_user_id  uuid references app_user (id),
    needs_approval   boolean      not null,
    status           varchar(20)  not null check (status in ('OPEN', 'JOINED', 'DECLINED', 'REFUSED', 'WITHDRAWN', 'EXPIRED')),
    invited_by       uuid,        -- null: Cylch itself (the demo county)
    invited_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    accepted_at      timestamptz,
    approved_by      uuid,
    approved_at      timestamptz,
    closed_by        uuid,
    closed_at        timestamptz,
    version          bigint       not null default 0,
    check (expires_at > invited_at),
    check ((status = 'OPEN') = (closed_at is null)),
    check (approved_at is null or needs_approval)
);

-- One open invitation per organisation and username.
create unique index membership_invitation_open
    on membership_invitation (organisation_id, lower(invitee_username)) where status = 'OPEN';
create index membership_invitation_invitee on membership_invitation (invitee_user_id) where status = 'OPEN';

create table membership_invitation_role (
    invitation_id uuid        not null references membership_invitation (id) on delete cascade,
    role          varchar(30) not null check (role in ('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'BROKER',
                                                       'FINANCE_OFFICER', 'PROVIDER_USER', 'AUDITOR')),
    primary key (invitation_id, role)
);
