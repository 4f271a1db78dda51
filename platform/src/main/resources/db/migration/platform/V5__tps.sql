-- Polling stations (TPS): leaves under a desa/kelurahan, keyed by village code + TPS number (001..999).
-- No foreign key to plt_region: the national generator COPYs ~435,000 rows, and a region import refuses
-- to remove villages that still have TPS (RegionUsage) instead.
create table plt_tps (
    id           uuid             not null primary key,
    village_code varchar(13)      not null,
    tps_number   integer          not null,
    voters       integer          not null,
    address      varchar(300)     not null,
    latitude     double precision,
    longitude    double precision,
    status       varchar(8)       not null,
    synthetic    boolean          not null,
    updated_at   timestamp        not null,
    constraint plt_tps_village_number_uk unique (village_code, tps_number),
    constraint plt_tps_number_ck check (tps_number between 1 and 999),
    constraint plt_tps_voters_ck check (voters between 1 and 600),
    constraint plt_tps_point_ck check ((latitude is null and longitude is null)
        or (latitude between -11.5 and 6.5 and longitude between 94.5 and 141.5)),
    constraint plt_tps_status_ck check (status in ('AKTIF', 'DIHAPUS'))
);
-- The unique constraint's index (village_code, tps_number) serves paging in key order and every region
-- filter: queries ask for a village-code range ('53.71.00.0000' .. '53.71.99.9999'), which is an index
-- range scan under any collation (a LIKE prefix is not, on PostgreSQL, unless the collation is C).
