-- Damage of material already received at a TPS (kerusakan setelah diterima), one row per item of a report: what
-- the TPS's stock page shows as damaged. The usable stock in lgs_tps_stock is lowered in the same transaction.
create table lgs_stock_damage (
    id           uuid         not null primary key,
    report_id    uuid         not null,
    village_code varchar(13)  not null,
    tps_number   integer      not null,
    item_code    varchar(30)  not null references lgs_item (code),
    quantity     integer      not null check (quantity > 0),
    reason       varchar(20)  not null,
    note         varchar(500),
    recorded_at  timestamp    not null,
    recorded_by  varchar(100) not null
);
create index lgs_stock_damage_tps_idx on lgs_stock_damage (village_code, tps_number);
