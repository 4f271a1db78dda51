-- The level of each readiness row, by the length of its code (0 nation, 2 province, 5 kab/kota, 8 kecamatan,
-- 13 desa), so that the list of regions below the readiness target reads one level of the caller's area through
-- an index instead of every row of the read model. Stock at a node needs no new index: what it received is found
-- through lgs_shipment_region_idx (destination region, status), what it sent through lgs_shipment_from_idx.
alter table lgs_readiness add column code_length integer;
update lgs_readiness set code_length = length(region_code);
alter table lgs_readiness alter column code_length set not null;
create index lgs_readiness_level_idx on lgs_readiness (code_length, region_code);
