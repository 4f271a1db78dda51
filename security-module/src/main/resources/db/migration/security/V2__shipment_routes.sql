-- Security's own copy of shipment routes, fed by logistics events; used to plan escorts.
create table sec_shipment_route (
    shipment_id     uuid         not null primary key,
    shipment_number varchar(60)  not null,
    region_code     varchar(20)  not null,
    from_node       varchar(60),
    to_node         varchar(60),
    eta             timestamp,
    escort_needed   boolean      not null,
    status          varchar(15)  not null,
    delay_reason    varchar(60),
    updated_at      timestamp    not null
);
create index sec_shipment_route_region_idx on sec_shipment_route (region_code, status);
