-- Audit log: every change made through the platform (and later the modules), hash-chained.
-- seq is assigned by the application under a lock on plt_audit_head, so the chain has no gaps
-- and no forks; it is deliberately not a database sequence (sequences skip values on rollback).
-- hash = SHA-256 over the entry's fields and previous_hash (see id.deskpilkada.platform.domain.AuditHash).
create table plt_audit_entry (
    seq           bigint        not null primary key,
    id            uuid          not null unique,
    occurred_at   timestamp     not null,
    actor         varchar(60)   not null,
    action        varchar(60)   not null,
    subject_type  varchar(40)   not null,
    subject_id    varchar(100)  not null,
    region_code   varchar(20),
    before_state  varchar,
    after_state   varchar,
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null
);
create index plt_audit_entry_region_idx on plt_audit_entry (region_code, seq);
create index plt_audit_entry_subject_idx on plt_audit_entry (subject_type, subject_id);

-- The chain's head: exactly one row, locked (select ... for update) by every writer.
create table plt_audit_head (
    id        integer      not null primary key,
    last_seq  bigint       not null,
    last_hash varchar(64)  not null,
    constraint plt_audit_head_single_row check (id = 1)
);
insert into plt_audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
