-- The agency a user works for: "tindak lanjut saya" (their agency's action items) and meeting invitations.
alter table plt_user_account add column agency_id uuid references plt_agency (id);
create index plt_user_account_agency_idx on plt_user_account (agency_id);
