-- The nation an organisation works in, which decides the national outcome framework its people's outcomes are
-- linked to (Wales's national outcomes framework, England's ASCOF). Cylch is built for Welsh councils and every
-- organisation so far registered is Welsh, so existing organisations are Welsh; an administrator changes it on the
-- organisation's form.
alter table organisation
    add column nation varchar(10) not null default 'WALES' check (nation in ('WALES', 'ENGLAND'));
