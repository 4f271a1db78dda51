-- Agenda items proposed by other modules' events; the secretariat accepts or drops them.
create table mtg_proposed_agenda_item (
    id              uuid         not null primary key,
    region_code     varchar(20)  not null,
    source_event_id uuid         not null unique,
    kind            varchar(30)  not null,
    reference       varchar(100) not null,
    reason          varchar(100),
    detail          varchar(2000),
    status          varchar(15)  not null,
    proposed_at     timestamp    not null
);
create index mtg_proposed_agenda_region_idx on mtg_proposed_agenda_item (region_code, status);
