-- The percent a region stood at before its last change, so that the dashboard shows a dip (or a rise) since then:
-- null until the percent first changes.
alter table dsk_readiness add column previous_percent integer;
alter table dsk_readiness add column changed_at timestamp;
