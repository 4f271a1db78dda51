-- The Kemendagri region tree shared by all modules: provinsi (1), kabupaten/kota (2), kecamatan (3),
-- desa/kelurahan (4). The parent is a column, not implied by the code, so that a move can be recorded.
create table plt_region (
    code        varchar(13)  not null primary key,
    name        varchar(200) not null,
    level       smallint     not null,
    parent_code varchar(13),
    time_zone   varchar(4)   not null
);
create index plt_region_parent_idx on plt_region (parent_code, code);
create index plt_region_level_idx on plt_region (level, code);

-- Population per province and kabupaten/kota, kept for planning (TPS generation, per-capita figures).
create table plt_region_population (
    code   varchar(13) not null primary key,
    male   bigint      not null,
    female bigint      not null,
    total  bigint      not null
);
