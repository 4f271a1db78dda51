-- Transactional outbox: one row per published event, written in the publisher's transaction.
-- EclipseLink reads each value as the end of a block of 50, so the first value must be 50.
create sequence plt_outbox_seq start with 50 increment by 50;

create table plt_outbox (
    position       bigint        not null primary key,
    event_id       uuid          not null unique,
    event_type     varchar(100)  not null,
    region_code    varchar(20),
    correlation_id varchar(100),
    occurred_at    timestamp     not null,
    body           varchar       not null,
    status         varchar(10)   not null,
    attempts       integer       not null default 0,
    last_error     varchar(1000),
    sent_at        timestamp
);
create index plt_outbox_status_idx on plt_outbox (status, position);
create index plt_outbox_correlation_idx on plt_outbox (correlation_id);

-- Portal accounts; passwords are PBKDF2 hashes from Jakarta Security.
create table plt_user_account (
    id            uuid          not null primary key,
    username      varchar(60)   not null unique,
    full_name     varchar(200)  not null,
    password_hash varchar(500)  not null,
    active        boolean       not null,
    created_at    timestamp     not null
);

create table plt_user_role (
    user_id uuid        not null references plt_user_account (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);
