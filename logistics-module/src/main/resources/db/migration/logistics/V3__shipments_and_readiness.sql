-- The TPS kit: items with their need formula (per TPS, per voter with reserve, per election held).
create table lgs_item (
    code         varchar(30)   not null primary key,
    name         varchar(100)  not null,
    unit         varchar(20)   not null,
    per_tps      integer       not null,
    per_voter    numeric(9, 4) not null,
    reserve_pct  numeric(6, 2) not null,
    per_election varchar(1)    not null,
    ordinal      integer       not null
);
insert into lgs_item values ('SURAT_SUARA', 'Surat suara', 'lembar', 0, 1, 2.5, 'Y', 1);
insert into lgs_item values ('KOTAK_SUARA', 'Kotak suara', 'buah', 1, 0, 0, 'Y', 2);
insert into lgs_item values ('BILIK_SUARA', 'Bilik suara', 'buah', 2, 0, 0, 'N', 3);
insert into lgs_item values ('TINTA', 'Tinta', 'botol', 2, 0, 0, 'N', 4);
insert into lgs_item values ('SEGEL', 'Segel', 'lembar', 10, 0, 0, 'Y', 5);
insert into lgs_item values ('FORMULIR_C', 'Set formulir model C', 'set', 1, 0, 0, 'Y', 6);
insert into lgs_item values ('SAMPUL', 'Set sampul', 'set', 1, 0, 0, 'Y', 7);
insert into lgs_item values ('HOLOGRAM', 'Stiker hologram', 'set', 1, 0, 0, 'Y', 8);

-- How many elections a region holds (gubernur + bupati/wali kota = 2); the longest matching prefix wins.
create table lgs_election_count (
    region_prefix varchar(13) not null primary key,
    elections     integer     not null
);
insert into lgs_election_count values ('', 2);

create table lgs_shipment (
    id             uuid         not null primary key,
    version        bigint       not null,
    number         varchar(40)  not null unique,
    from_kind      varchar(10)  not null,
    from_region    varchar(13)  not null,
    to_kind        varchar(10)  not null,
    region_code    varchar(13)  not null,
    to_tps         integer      not null,
    status         varchar(20)  not null,
    resume_status  varchar(20),
    status_reason  varchar(500),
    seals          varchar(500),
    vehicle        varchar(100),
    driver         varchar(100),
    escort_needed  varchar(1)   not null,
    departure_at   timestamp,
    eta_at         timestamp,
    received_at    timestamp,
    replaces_id    uuid,
    created_by     varchar(100) not null
);
create index lgs_shipment_region_idx on lgs_shipment (region_code, status);
create index lgs_shipment_from_idx on lgs_shipment (from_region);
create index lgs_shipment_eta_idx on lgs_shipment (status, eta_at);

create table lgs_shipment_line (
    id            uuid        not null primary key,
    shipment_id   uuid        not null references lgs_shipment (id),
    item_code     varchar(30) not null references lgs_item (code),
    quantity      integer     not null check (quantity > 0),
    counted       integer,
    damaged_light integer,
    damaged_heavy integer
);
create index lgs_shipment_line_shipment_idx on lgs_shipment_line (shipment_id);

create table lgs_status_change (
    id          uuid         not null primary key,
    shipment_id uuid         not null references lgs_shipment (id),
    at_utc      timestamp    not null,
    changed_by  varchar(100) not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      varchar(500)
);
create index lgs_status_change_shipment_idx on lgs_status_change (shipment_id, at_utc);

-- Field requests already applied, by the client's request id: a retry on a bad connection is answered, not
-- applied again.
create table lgs_field_request (
    client_request_id varchar(100) not null primary key,
    shipment_id       uuid         not null,
    kind              varchar(20)  not null,
    applied_at        timestamp    not null
);

-- Usable quantities received per TPS and item, and the TPS whose full kit is complete.
create table lgs_tps_stock (
    village_code varchar(13) not null,
    tps_number   integer     not null,
    item_code    varchar(30) not null,
    usable       integer     not null,
    primary key (village_code, tps_number, item_code)
);
create table lgs_tps_ready (
    village_code varchar(13) not null,
    tps_number   integer     not null,
    ready_at     timestamp   not null,
    primary key (village_code, tps_number)
);

-- The readiness read model: per region at every level ('' = the nation), TPS in total and with a full kit.
-- Moved one TPS at a time by receipts; the totals are rebuilt from the TPS list when it changes.
create table lgs_readiness (
    region_code varchar(13) not null primary key,
    tps_total   bigint      not null,
    tps_ready   bigint      not null
);
