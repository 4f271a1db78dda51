-- Live notifications: one row per event that concerns people, never one per person. Whom it reaches is stated
-- on the row (roles within the region's scope, and an agency) and matched against each reader's roles,
-- jurisdiction and agency when they read, so a national event costs one row however many users it reaches.
create table plt_notification (
    id           uuid          not null primary key,
    event_id     uuid          not null unique,
    event_type   varchar(100)  not null,
    region_code  varchar(20)   not null,
    -- the region as a point of the village-code space (53.71 -> 53.71.00.0000): "inside my jurisdiction" is
    -- then an index range under any collation, as for TPS (VillageRange); '' (the nation) is 00.00.00.0000
    region_key   varchar(13)   not null,
    roles        varchar(100)  not null,   -- e.g. ',LEADERSHIP,SECURITY,': roles reached inside the region's scope
    agency_id    uuid,                     -- the users of this agency are reached wherever they sit
    subject_type varchar(20)   not null,   -- SHIPMENT, INCIDENT, MEETING: what the notification opens
    subject_id   uuid          not null,
    text_key     varchar(100)  not null,   -- worded from the portal's bundle in the reader's language
    arguments    varchar(4000) not null,   -- JSON array of the text's arguments
    occurred_at  timestamp     not null,
    created_at   timestamp     not null
);
create index plt_notification_region_idx on plt_notification (region_key, created_at);
create index plt_notification_agency_idx on plt_notification (agency_id, created_at);
create index plt_notification_created_idx on plt_notification (created_at);

-- What a user has read: single notifications, and "everything up to" from "mark all as read".
create table plt_notification_read (
    user_id         uuid      not null references plt_user_account (id) on delete cascade,
    notification_id uuid      not null references plt_notification (id) on delete cascade,
    read_at         timestamp not null,
    primary key (user_id, notification_id)
);
create table plt_notification_reader (
    user_id        uuid      not null primary key references plt_user_account (id) on delete cascade,
    all_read_until timestamp not null
);

-- Ids of events the notifications have handled: a redelivered event notifies nobody twice.
create table plt_notification_inbox (
    event_id       uuid         not null primary key,
    event_type     varchar(100) not null,
    correlation_id varchar(100),
    handled_at     timestamp    not null
);

-- Why a module could not handle an event: the last error per event and module, for the dead letters on the
-- events page (the broker keeps the message, not the reason).
create table plt_event_failure (
    event_id       uuid          not null,
    module         varchar(40)   not null,
    event_type     varchar(100),
    attempts       integer       not null,
    last_error     varchar(1000),
    last_failed_at timestamp     not null,
    primary key (event_id, module)
);
