-- Regions flagged at risk for distribution by security incidents (bencana, konflik massa, gangguan distribusi).
create table lgs_region_risk (
    incident_id   uuid          not null primary key,
    region_code   varchar(20)   not null,
    incident_type varchar(40)   not null,
    severity      varchar(20),
    title         varchar(300),
    flagged_at    timestamp     not null,
    updated_at    timestamp     not null
);
create index lgs_region_risk_region_idx on lgs_region_risk (region_code);
