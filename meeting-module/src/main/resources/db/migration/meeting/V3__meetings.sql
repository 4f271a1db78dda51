-- Meetings of the regional desks: schedule (UTC, shown in the region's zone), participants, agenda with
-- minutes, agency reports, decisions, addenda; action items followed across meetings.
create table mtg_meeting (
    id                    uuid         not null primary key,
    version               bigint       not null,
    series_id             uuid,
    region_code           varchar(13)  not null,
    title                 varchar(300) not null,
    meeting_type          varchar(30)  not null,
    mode                  varchar(15)  not null,
    place                 varchar(300),
    online_link           varchar(500),
    starts_at             timestamp    not null,
    ends_at               timestamp    not null,
    time_zone             varchar(4)   not null,
    chair_name            varchar(200),
    chair_position        varchar(200),
    chair_username        varchar(100),
    minute_taker_name     varchar(200),
    minute_taker_username varchar(100),
    minutes_status        varchar(10)  not null,
    return_reason         varchar(1000),
    approved_at           timestamp,
    approved_by           varchar(100),
    content_hash          varchar(64),
    created_by            varchar(100) not null
);
create index mtg_meeting_region_start_idx on mtg_meeting (region_code, starts_at);
create index mtg_meeting_series_idx on mtg_meeting (series_id, starts_at);
create index mtg_meeting_start_idx on mtg_meeting (starts_at);

create table mtg_participant (
    id                      uuid         not null primary key,
    meeting_id              uuid         not null references mtg_meeting (id),
    ordinal                 int          not null,
    agency_id               uuid,
    agency_name             varchar(300) not null,
    attendance              varchar(12),
    representative          varchar(200),
    representative_position varchar(200),
    kind                    varchar(10)  not null
);
create index mtg_participant_meeting_idx on mtg_participant (meeting_id);
create index mtg_participant_agency_idx on mtg_participant (agency_id);

create table mtg_agenda_item (
    id           uuid         not null primary key,
    meeting_id   uuid         not null references mtg_meeting (id),
    ordinal      int          not null,
    title        varchar(500) not null,
    minutes_html text,
    proposal_id  uuid
);
create index mtg_agenda_item_meeting_idx on mtg_agenda_item (meeting_id);

create table mtg_agency_report (
    id             uuid           not null primary key,
    agenda_item_id uuid           not null references mtg_agenda_item (id),
    meeting_id     uuid           not null,
    region_code    varchar(13)    not null,
    agency_id      uuid,
    agency_name    varchar(300)   not null,
    indicator      varchar(200)   not null,
    figure         numeric(18, 4) not null,
    unit           varchar(50),
    as_of          date           not null
);
create index mtg_agency_report_item_idx on mtg_agency_report (agenda_item_id);
create index mtg_agency_report_series_idx on mtg_agency_report (region_code, indicator, as_of);

create table mtg_decision (
    id             uuid          not null primary key,
    agenda_item_id uuid          not null references mtg_agenda_item (id),
    ordinal        int           not null,
    text           varchar(4000) not null
);
create index mtg_decision_item_idx on mtg_decision (agenda_item_id);

create table mtg_addendum (
    id            uuid         not null primary key,
    meeting_id    uuid         not null references mtg_meeting (id),
    number        int          not null,
    text_html     text         not null,
    status        varchar(10)  not null,
    written_by    varchar(100) not null,
    approved_by   varchar(100),
    approved_at   timestamp,
    return_reason varchar(1000),
    unique (meeting_id, number)
);

create table mtg_action_item (
    id                uuid          not null primary key,
    version           bigint        not null,
    meeting_id        uuid          not null references mtg_meeting (id),
    agenda_item_id    uuid          not null,
    series_id         uuid,
    region_code       varchar(13)   not null,
    description       varchar(2000) not null,
    owner_agency_id   uuid          not null,
    owner_agency_name varchar(300)  not null,
    person_in_charge  varchar(200),
    due_date          date          not null,
    status            varchar(15)   not null,
    overdue_since     date,
    created_at        timestamp     not null,
    closed_at         timestamp
);
create index mtg_action_item_meeting_idx on mtg_action_item (meeting_id);
create index mtg_action_item_region_idx on mtg_action_item (region_code, status, due_date);
create index mtg_action_item_owner_idx on mtg_action_item (owner_agency_id, status, due_date);
create index mtg_action_item_due_idx on mtg_action_item (status, due_date);

create table mtg_progress_note (
    id             uuid          not null primary key,
    action_item_id uuid          not null references mtg_action_item (id),
    at_utc         timestamp     not null,
    author         varchar(100)  not null,
    note_text      varchar(2000),
    status_after   varchar(15)   not null
);
create index mtg_progress_note_item_idx on mtg_progress_note (action_item_id);
