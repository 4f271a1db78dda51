-- Ids of events this module has handled: a redelivered event finds its id here and has no second effect.
create table dsk_inbox (
    event_id       uuid         not null primary key,
    event_type     varchar(100) not null,
    correlation_id varchar(100),
    handled_at     timestamp    not null
);
