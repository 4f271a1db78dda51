-- Readiness per item. Each TPS's stock row remembers whether its usable quantity covered the TPS's need when last
-- checked (a receipt, or a change of the TPS's voters): what the read model counted, so that a later check
-- moves the counts by the difference only.
alter table lgs_tps_stock add column covered varchar(1) default 'N' not null;

-- A TPS already ready had every item covered. Items of TPS still short are flagged by their next receipt or
-- check (their need is the catalogue's formula, which this migration does not repeat).
update lgs_tps_stock set covered = 'Y'
 where exists (select 1 from lgs_tps_ready r
                where r.village_code = lgs_tps_stock.village_code and r.tps_number = lgs_tps_stock.tps_number);

-- The per-item read model: per region at every level ('' = the nation) and item, the active TPS with the item
-- covered; the TPS in total are those of lgs_readiness. One row per region of lgs_readiness and item, so that a
-- receipt only ever updates rows.
create table lgs_readiness_item (
    region_code varchar(13) not null,
    item_code   varchar(30) not null,
    tps_ready   bigint      not null,
    primary key (region_code, item_code)
);

-- Filled the way ReadinessStore.rebuild does: counted per desa, summed upwards, then zeros.
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select substr(s.village_code, 1, 13), s.item_code, count(*)
  from lgs_tps_stock s join plt_tps t on t.village_code = s.village_code and t.tps_number = s.tps_number
 where t.status = 'AKTIF' and s.covered = 'Y'
 group by substr(s.village_code, 1, 13), s.item_code;
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select substr(region_code, 1, 8), item_code, sum(tps_ready) from lgs_readiness_item
 where length(region_code) = 13 group by substr(region_code, 1, 8), item_code;
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select substr(region_code, 1, 5), item_code, sum(tps_ready) from lgs_readiness_item
 where length(region_code) = 13 group by substr(region_code, 1, 5), item_code;
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select substr(region_code, 1, 2), item_code, sum(tps_ready) from lgs_readiness_item
 where length(region_code) = 13 group by substr(region_code, 1, 2), item_code;
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select '', item_code, sum(tps_ready) from lgs_readiness_item where length(region_code) = 13 group by item_code;
insert into lgs_readiness_item (region_code, item_code, tps_ready)
select m.region_code, i.code, 0 from lgs_readiness m cross join lgs_item i
 where not exists (select 1 from lgs_readiness_item x where x.region_code = m.region_code and x.item_code = i.code);
