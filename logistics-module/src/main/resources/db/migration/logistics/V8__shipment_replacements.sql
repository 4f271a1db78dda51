-- The berita acara names the shipments that make up a short receipt: they are found by the shipment they replace.
create index lgs_shipment_replaces_idx on lgs_shipment (replaces_id);
