-- Elections the desk counts down to and their stages (tahapan), configurable per election. An election covers
-- the regions under its code prefixes ('' = the whole country); the dashboard of a region shows the active
-- election with the longest prefix covering it.
create table dsk_election (
    id         uuid         not null primary key,
    name       varchar(200) not null,
    voting_day date         not null,
    active     boolean      not null,
    version    bigint       not null
);

create table dsk_election_region (
    election_id   uuid        not null references dsk_election (id),
    region_prefix varchar(13) not null,
    primary key (election_id, region_prefix)
);

create table dsk_election_stage (
    id          uuid         not null primary key,
    election_id uuid         not null references dsk_election (id),
    ordinal     integer      not null,
    name        varchar(300) not null,
    planned_end date,
    done_on     date,
    version     bigint       not null,
    constraint dsk_election_stage_ordinal unique (election_id, ordinal)
);

-- Pilkada serentak 2024 (37 provinces, 508 kab/kota; voting day 27 November 2024) and its stages as KPU
-- regulation PKPU 2/2024 schedules them: the preparation stages (tahapan persiapan) 1-6, then the conduct
-- (tahapan penyelenggaraan) 7-16. Planned end = the last day of the stage there; the election of the elected
-- pair waits for the Constitutional Court's register of disputes and has no fixed date. Not yet done: the demo
-- profile marks what was done by its scenario (H-1).
insert into dsk_election (id, name, voting_day, active, version)
values ('00000000-0000-4000-8000-000000002024', 'Pilkada Serentak 2024', date '2024-11-27', true, 0);
insert into dsk_election_region (election_id, region_prefix)
values ('00000000-0000-4000-8000-000000002024', '');

insert into dsk_election_stage (id, election_id, ordinal, name, planned_end, done_on, version) values
('00000000-0000-4000-8001-000000000001', '00000000-0000-4000-8000-000000002024', 1,
 'Perencanaan program dan anggaran', date '2024-01-26', null, 0),
('00000000-0000-4000-8001-000000000002', '00000000-0000-4000-8000-000000002024', 2,
 'Penyusunan peraturan penyelenggaraan pemilihan', date '2024-11-18', null, 0),
('00000000-0000-4000-8001-000000000003', '00000000-0000-4000-8000-000000002024', 3,
 'Perencanaan penyelenggaraan: tata cara dan jadwal tahapan', date '2024-11-18', null, 0),
('00000000-0000-4000-8001-000000000004', '00000000-0000-4000-8000-000000002024', 4,
 'Pembentukan PPK, PPS dan KPPS', date '2024-11-05', null, 0),
('00000000-0000-4000-8001-000000000005', '00000000-0000-4000-8000-000000002024', 5,
 'Pemberitahuan dan pendaftaran pemantau pemilihan', date '2024-11-16', null, 0),
('00000000-0000-4000-8001-000000000006', '00000000-0000-4000-8000-000000002024', 6,
 'Penyerahan daftar penduduk potensial pemilih (DP4)', date '2024-05-31', null, 0),
('00000000-0000-4000-8001-000000000007', '00000000-0000-4000-8000-000000002024', 7,
 'Pemenuhan persyaratan dukungan pasangan calon perseorangan', date '2024-08-19', null, 0),
('00000000-0000-4000-8001-000000000008', '00000000-0000-4000-8000-000000002024', 8,
 'Pemutakhiran dan penyusunan daftar pemilih', date '2024-09-23', null, 0),
('00000000-0000-4000-8001-000000000009', '00000000-0000-4000-8000-000000002024', 9,
 'Pengumuman pendaftaran pasangan calon', date '2024-08-26', null, 0),
('00000000-0000-4000-8001-000000000010', '00000000-0000-4000-8000-000000002024', 10,
 'Pendaftaran pasangan calon', date '2024-08-29', null, 0),
('00000000-0000-4000-8001-000000000011', '00000000-0000-4000-8000-000000002024', 11,
 'Penelitian persyaratan calon', date '2024-09-21', null, 0),
('00000000-0000-4000-8001-000000000012', '00000000-0000-4000-8000-000000002024', 12,
 'Penetapan pasangan calon', date '2024-09-22', null, 0),
('00000000-0000-4000-8001-000000000013', '00000000-0000-4000-8000-000000002024', 13,
 'Pelaksanaan kampanye', date '2024-11-23', null, 0),
('00000000-0000-4000-8001-000000000014', '00000000-0000-4000-8000-000000002024', 14,
 'Pemungutan suara', date '2024-11-27', null, 0),
('00000000-0000-4000-8001-000000000015', '00000000-0000-4000-8000-000000002024', 15,
 'Penghitungan suara dan rekapitulasi hasil penghitungan suara', date '2024-12-16', null, 0),
('00000000-0000-4000-8001-000000000016', '00000000-0000-4000-8000-000000002024', 16,
 'Penetapan pasangan calon terpilih', null, null, 0);
