-- The item catalogue becomes editable: items are retired rather than deleted (shipment lines refer to them),
-- concurrent edits are refused by a version, and the database keeps the formulas' bounds as a last line.
alter table lgs_item add column active varchar(1) default 'Y' not null;
alter table lgs_item add column version bigint default 0 not null;
alter table lgs_item add constraint lgs_item_formula_ck
    check (per_tps >= 0 and per_voter >= 0 and reserve_pct between 0 and 100 and per_election in ('Y', 'N')
           and active in ('Y', 'N'));
alter table lgs_election_count add constraint lgs_election_count_ck check (elections between 1 and 5);
