-- Region scope per user: a user sees and changes only data whose region code starts with one of these.
-- The empty code '' is the national scope.
create table plt_user_jurisdiction (
    user_id     uuid        not null references plt_user_account (id) on delete cascade,
    region_code varchar(13) not null,
    primary key (user_id, region_code)
);

-- Lockout after repeated failed logins; an administrator unlocks.
alter table plt_user_account add column failed_logins integer default 0 not null;
alter table plt_user_account add column locked_at timestamp;
alter table plt_user_account add column password_changed_at timestamp;
