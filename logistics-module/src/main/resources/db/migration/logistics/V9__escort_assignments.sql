-- Escorts the security module assigned to shipments (from security.EscortAssigned), shown on the shipment.
create table lgs_escort (
    shipment_id  uuid         not null primary key,
    team         varchar(120) not null,
    start_at     timestamp    not null,
    assigned_at  timestamp    not null
);
