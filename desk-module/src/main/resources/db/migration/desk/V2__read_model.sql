-- The dashboard's read model, fed only by the other modules' events (never by their tables).
--
-- Rows of one region each ("latest wins": as_of is the event's occurredAt in UTC, an older event changes nothing)
-- carry their parent's code, so that a region's children are one indexed equality, whatever the collation.
-- Rows of one thing each (a shipment, an incident, an action item, a meeting, a figure) carry the codes of the
-- province, kab/kota and kecamatan they lie in (null above that level): a region's rows are one indexed
-- equality and its children's counts one GROUP BY on the next column.

-- logistics.RegionReadinessChanged, every level ('' = the nation); published on whole-percent crossings only
create table dsk_readiness (
    region_code varchar(13) not null primary key,
    parent_code varchar(13),
    percent     integer     not null,
    tps_ready   bigint      not null,
    tps_total   bigint      not null,
    as_of       timestamp   not null
);
create index dsk_readiness_parent on dsk_readiness (parent_code);

-- security.VulnerabilityCountsChanged: TPS per kerawanan category of a whole kab/kota
create table dsk_vulnerability (
    region_code  varchar(13) not null primary key,
    parent_code  varchar(13),
    kurang_rawan bigint      not null,
    rawan        bigint      not null,
    sangat_rawan bigint      not null,
    khusus       bigint      not null,
    as_of        timestamp   not null
);
create index dsk_vulnerability_parent on dsk_vulnerability (parent_code);

-- security.DeploymentPlanned: personnel needed, available and assigned of a whole kab/kota
create table dsk_deployment (
    region_code      varchar(13) not null primary key,
    parent_code      varchar(13),
    polri_needed     bigint      not null,
    tni_needed       bigint      not null,
    linmas_needed    bigint      not null,
    polri_available  bigint      not null,
    tni_available    bigint      not null,
    linmas_available bigint      not null,
    assigned         bigint      not null,
    as_of            timestamp   not null
);
create index dsk_deployment_parent on dsk_deployment (parent_code);

-- security.DeploymentGapDetected: a Polres (kab/kota) or Polda (province) short of one force
create table dsk_deployment_gap (
    region_code varchar(13) not null,
    force       varchar(10) not null,
    parent_code varchar(13),
    needed      bigint      not null,
    available   bigint      not null,
    standby     bigint      not null,
    as_of       timestamp   not null,
    primary key (region_code, force)
);
create index dsk_deployment_gap_parent on dsk_deployment_gap (parent_code);

-- security.VulnerabilityIndexComputed: the index of a province or kab/kota
create table dsk_vulnerability_index (
    region_code  varchar(13)  not null primary key,
    parent_code  varchar(13),
    score        numeric(5,2) not null,
    index_level  varchar(10)  not null,
    completeness integer      not null,
    as_of        timestamp    not null
);
create index dsk_vulnerability_index_parent on dsk_vulnerability_index (parent_code);

-- logistics.ShipmentDispatched / ShipmentDelayed: one row per shipment not yet received
create table dsk_shipment (
    shipment_id     uuid        not null primary key,
    shipment_number varchar(40) not null,
    region_code     varchar(13) not null,
    province_code   varchar(2),
    kabkota_code    varchar(5),
    kecamatan_code  varchar(8),
    eta             timestamp,
    delayed         boolean     not null,
    delay_reason    varchar(30),
    updated_at      timestamp   not null
);
create index dsk_shipment_province on dsk_shipment (province_code);
create index dsk_shipment_kabkota on dsk_shipment (kabkota_code);
create index dsk_shipment_kecamatan on dsk_shipment (kecamatan_code);
create index dsk_shipment_region on dsk_shipment (region_code);
-- the late list: the longest overdue first, read in index order
create index dsk_shipment_eta on dsk_shipment (eta, shipment_id);

-- logistics.ShipmentReceived: received shipments leave dsk_shipment; their ids stay here so that a dispatch or
-- delay delivered after the receipt does not put them back on the road
create table dsk_shipment_received (
    shipment_id uuid      not null primary key,
    received_at timestamp not null
);

-- security.IncidentReported / IncidentEscalated / IncidentResolved
create table dsk_incident (
    incident_id    uuid         not null primary key,
    region_code    varchar(13)  not null,
    province_code  varchar(2),
    kabkota_code   varchar(5),
    kecamatan_code varchar(8),
    incident_type  varchar(40),
    severity       varchar(10),
    title          varchar(300),
    desk_region    varchar(13),
    state          varchar(12)  not null,
    escalations    integer      not null,
    updated_at     timestamp    not null
);
create index dsk_incident_province on dsk_incident (province_code);
create index dsk_incident_kabkota on dsk_incident (kabkota_code);
create index dsk_incident_kecamatan on dsk_incident (kecamatan_code);
create index dsk_incident_region on dsk_incident (region_code);

-- meeting.ActionItemAssigned / ActionItemOverdue / ActionItemCompleted
create table dsk_action_item (
    action_item_id uuid          not null primary key,
    meeting_id     uuid,
    region_code    varchar(13)   not null,
    province_code  varchar(2),
    kabkota_code   varchar(5),
    kecamatan_code varchar(8),
    description    varchar(2000),
    agency_id      uuid,
    agency_name    varchar(200),
    due_date       date,
    state          varchar(12)   not null,
    updated_at     timestamp     not null
);
create index dsk_action_item_province on dsk_action_item (province_code);
create index dsk_action_item_kabkota on dsk_action_item (kabkota_code);
create index dsk_action_item_kecamatan on dsk_action_item (kecamatan_code);
create index dsk_action_item_region on dsk_action_item (region_code);
-- the overdue list: the longest overdue first, read in index order
create index dsk_action_item_state on dsk_action_item (state, due_date, action_item_id);

-- meeting.MeetingScheduled / MinutesApproved
create table dsk_meeting (
    meeting_id       uuid         not null primary key,
    region_code      varchar(13)  not null,
    province_code    varchar(2),
    kabkota_code     varchar(5),
    kecamatan_code   varchar(8),
    title            varchar(300),
    meeting_type     varchar(40),
    starts_at        timestamp,
    ends_at          timestamp,
    scheduled_as_of  timestamp,
    minutes_approved boolean      not null,
    approved_at      timestamp
);
create index dsk_meeting_starts on dsk_meeting (starts_at);
create index dsk_meeting_province on dsk_meeting (province_code, starts_at);
create index dsk_meeting_kabkota on dsk_meeting (kabkota_code, starts_at);
create index dsk_meeting_kecamatan on dsk_meeting (kecamatan_code, starts_at);
create index dsk_meeting_region on dsk_meeting (region_code, starts_at);

-- meeting.FigureReported: the latest figure per region and indicator (by the meeting's date, then publication)
create table dsk_reported_figure (
    region_code    varchar(13)    not null,
    indicator_key  varchar(200)   not null,
    province_code  varchar(2),
    kabkota_code   varchar(5),
    kecamatan_code varchar(8),
    indicator      varchar(200)   not null,
    figure_value   numeric(20,4),
    unit           varchar(40),
    agency_name    varchar(200),
    reported_on    date,
    meeting_id     uuid,
    as_of          timestamp      not null,
    primary key (region_code, indicator_key)
);
create index dsk_reported_figure_province on dsk_reported_figure (province_code);
create index dsk_reported_figure_kabkota on dsk_reported_figure (kabkota_code);
create index dsk_reported_figure_kecamatan on dsk_reported_figure (kecamatan_code);
