-- The usual Pilkada 2024 staffing pattern, active from the start (Polri : TPS per team : Linmas per category,
-- TNI support per kecamatan); planners change it or add others in the portal.
insert into sec_pattern (id, name, active, tni_per_kecamatan, version)
    values ('5ec0d001-0000-4000-8000-000000000001', 'Pola umum Pilkada 2024', 'Y', 3, 0);
insert into sec_pattern_rule (pattern_id, category, polri, tps_per_team, linmas)
    values ('5ec0d001-0000-4000-8000-000000000001', 'KURANG_RAWAN', 2, 8, 16);
insert into sec_pattern_rule (pattern_id, category, polri, tps_per_team, linmas)
    values ('5ec0d001-0000-4000-8000-000000000001', 'RAWAN', 2, 2, 4);
insert into sec_pattern_rule (pattern_id, category, polri, tps_per_team, linmas)
    values ('5ec0d001-0000-4000-8000-000000000001', 'SANGAT_RAWAN', 2, 1, 2);
insert into sec_pattern_rule (pattern_id, category, polri, tps_per_team, linmas)
    values ('5ec0d001-0000-4000-8000-000000000001', 'KHUSUS', 2, 1, 2);

-- The gaps last announced (DeploymentGapDetected) per Polres/Polda region and force: a recomputation announces
-- only new or changed gaps and forgets closed ones.
create table sec_published_gap (
    region_code  varchar(13) not null,
    force_kind   varchar(10) not null,
    needed       bigint      not null,
    available    bigint      not null,
    standby      bigint      not null,
    published_at timestamp   not null,
    primary key (region_code, force_kind)
);

-- One unit of a name per region (the roster editor refuses a second one with a message).
create unique index sec_roster_unit_name_uk on sec_roster_unit (region_code, unit_name);
