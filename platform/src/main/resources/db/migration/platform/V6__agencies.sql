-- Agencies (instansi) as units at a region, and their contact persons. Rows are deactivated, never
-- deleted: meetings, action items and personnel of the modules refer to them by id.
create table plt_agency (
    id          uuid         not null primary key,
    agency_type varchar(20)  not null,
    name        varchar(200) not null,
    -- the name lower-cased with collapsed spaces: one name per region, and what text search looks in
    name_key    varchar(200) not null,
    region_code varchar(13)  not null,
    parent_id   uuid         references plt_agency (id),
    -- ACTIVE or INACTIVE: a word, since EclipseLink compares booleans as 1/0, which H2 2.x refuses
    status      varchar(8)   not null
);
-- also serves the lists, which filter by region prefix and sort by region code and name
create unique index plt_agency_region_name_uq on plt_agency (region_code, name_key);
create index plt_agency_parent_idx on plt_agency (parent_id);
create index plt_agency_type_idx on plt_agency (agency_type, region_code);

create table plt_agency_contact (
    id        uuid         not null primary key,
    agency_id uuid         not null references plt_agency (id),
    name      varchar(120) not null,
    position  varchar(120),
    -- international form, e.g. +628123456789
    phone     varchar(16),
    email     varchar(254),
    status    varchar(8)   not null
);
create index plt_agency_contact_agency_idx on plt_agency_contact (agency_id);
