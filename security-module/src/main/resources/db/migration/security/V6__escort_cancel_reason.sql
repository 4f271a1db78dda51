-- Why a proposed escort was cancelled (the proposal's own reason stays as it was).
alter table sec_escort_task add column cancel_reason varchar(500);
