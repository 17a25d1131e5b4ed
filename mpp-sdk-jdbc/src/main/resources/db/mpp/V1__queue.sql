-- MPP SDK schema 1: the queue store (id.mpp.sdk.jdbc.PostgresQueueStore).
-- Every row belongs to one site. Key columns are copied out of the document for indexes, locks
-- and constraints; the document (jsonb, written by MppJson) is the row's full value.
-- Identifiers sort in the "C" collation, as String.compareTo does in the in-memory store.

CREATE TABLE mpp_queue_site (
  site        text COLLATE "C" PRIMARY KEY,
  last_cursor bigint NOT NULL DEFAULT 0
);

CREATE TABLE mpp_queue_agency (
  site text COLLATE "C" NOT NULL,
  id   text COLLATE "C" NOT NULL,
  doc  jsonb NOT NULL,
  CONSTRAINT mpp_queue_agency_pkey PRIMARY KEY (site, id)
);

CREATE TABLE mpp_queue_service (
  site   text COLLATE "C" NOT NULL,
  code   text COLLATE "C" NOT NULL,
  prefix text COLLATE "C" NOT NULL,
  doc    jsonb NOT NULL,
  CONSTRAINT mpp_queue_service_pkey PRIMARY KEY (site, code),
  CONSTRAINT mpp_queue_service_prefix_key UNIQUE (site, prefix)
);

CREATE TABLE mpp_queue_booking_plan (
  site    text COLLATE "C" NOT NULL,
  service text COLLATE "C" NOT NULL,
  doc     jsonb NOT NULL,
  CONSTRAINT mpp_queue_booking_plan_pkey PRIMARY KEY (site, service)
);

CREATE TABLE mpp_queue_counter (
  site    text COLLATE "C" NOT NULL,
  id      text COLLATE "C" NOT NULL,
  version bigint NOT NULL,
  doc     jsonb NOT NULL,
  CONSTRAINT mpp_queue_counter_pkey PRIMARY KEY (site, id)
);

-- The number sequence of a service on a day: locked by the transaction that issues a ticket, so
-- numbers are gap-free and the ticket is inserted in the same transaction as its number.
CREATE TABLE mpp_queue_service_day (
  site    text COLLATE "C" NOT NULL,
  service text COLLATE "C" NOT NULL,
  day     date NOT NULL,
  doc     jsonb NOT NULL,
  CONSTRAINT mpp_queue_service_day_pkey PRIMARY KEY (site, service, day)
);

CREATE TABLE mpp_queue_ticket (
  site             text COLLATE "C" NOT NULL,
  id               text COLLATE "C" NOT NULL,
  numbered_by      text COLLATE "C" NOT NULL,
  service_day      date NOT NULL,
  sequence         integer NOT NULL,
  agency           text COLLATE "C" NOT NULL,
  service          text COLLATE "C" NOT NULL,
  state            text NOT NULL,
  priority         boolean NOT NULL,
  rank             bigint NOT NULL,
  slot_start       timestamptz,
  callable_at      timestamptz,
  assigned_counter text COLLATE "C",
  issued_at        timestamptz NOT NULL,
  version          bigint NOT NULL,
  doc              jsonb NOT NULL,
  CONSTRAINT mpp_queue_ticket_pkey PRIMARY KEY (site, id),
  CONSTRAINT mpp_queue_ticket_number_key UNIQUE (site, numbered_by, service_day, sequence)
);
-- The call lanes: queued tickets of a service on a day in rank order.
CREATE INDEX mpp_queue_ticket_lane_idx ON mpp_queue_ticket (site, service, service_day, priority, rank, id)
  WHERE state IN ('WAITING', 'DELAYED');
CREATE INDEX mpp_queue_ticket_day_idx ON mpp_queue_ticket (site, service_day, issued_at, id);

CREATE TABLE mpp_queue_transition (
  site    text COLLATE "C" NOT NULL,
  ticket  text COLLATE "C" NOT NULL,
  version bigint NOT NULL,
  doc     jsonb NOT NULL,
  CONSTRAINT mpp_queue_transition_pkey PRIMARY KEY (site, ticket, version)
);

-- Serving durations of finished journey steps, for wait estimates.
CREATE TABLE mpp_queue_serving_sample (
  id        bigserial PRIMARY KEY,
  site      text COLLATE "C" NOT NULL,
  service   text COLLATE "C" NOT NULL,
  ended_at  timestamptz NOT NULL,
  nanos     bigint NOT NULL
);
CREATE INDEX mpp_queue_serving_sample_idx ON mpp_queue_serving_sample (site, service, ended_at);

CREATE TABLE mpp_queue_session_day (
  site          text COLLATE "C" NOT NULL,
  service       text COLLATE "C" NOT NULL,
  day           date NOT NULL,
  session_start time NOT NULL,
  doc           jsonb NOT NULL,
  CONSTRAINT mpp_queue_session_day_pkey PRIMARY KEY (site, service, day, session_start)
);

CREATE TABLE mpp_queue_booking (
  site          text COLLATE "C" NOT NULL,
  id            text COLLATE "C" NOT NULL,
  code          text COLLATE "C" NOT NULL,
  service       text COLLATE "C" NOT NULL,
  day           date NOT NULL,
  session_start time NOT NULL,
  created_at    timestamptz NOT NULL,
  state         text NOT NULL,
  citizen_hash  text COLLATE "C" NOT NULL,
  active        boolean NOT NULL,
  version       bigint NOT NULL,
  doc           jsonb NOT NULL,
  CONSTRAINT mpp_queue_booking_pkey PRIMARY KEY (site, id),
  CONSTRAINT mpp_queue_booking_code_key UNIQUE (site, code)
);
CREATE UNIQUE INDEX mpp_queue_booking_active_key ON mpp_queue_booking (site, citizen_hash, service, day)
  WHERE active;
CREATE INDEX mpp_queue_booking_day_idx ON mpp_queue_booking (site, day);

CREATE TABLE mpp_queue_idempotency (
  site        text COLLATE "C" NOT NULL,
  key         text COLLATE "C" NOT NULL,
  fingerprint text NOT NULL,
  created_at  timestamptz NOT NULL,
  result_type text NOT NULL,
  result      jsonb NOT NULL,
  CONSTRAINT mpp_queue_idempotency_pkey PRIMARY KEY (site, key)
);
CREATE INDEX mpp_queue_idempotency_created_idx ON mpp_queue_idempotency (site, created_at);

CREATE TABLE mpp_queue_event (
  site   text COLLATE "C" NOT NULL,
  cursor bigint NOT NULL,
  at     timestamptz NOT NULL,
  doc    jsonb NOT NULL,
  CONSTRAINT mpp_queue_event_pkey PRIMARY KEY (site, cursor)
);

CREATE TABLE mpp_queue_zone (
  site text COLLATE "C" NOT NULL,
  zone text COLLATE "C" NOT NULL,
  doc  jsonb NOT NULL,
  CONSTRAINT mpp_queue_zone_pkey PRIMARY KEY (site, zone)
);

CREATE TABLE mpp_queue_announcement (
  site         text COLLATE "C" NOT NULL,
  zone         text COLLATE "C" NOT NULL,
  sequence     bigint NOT NULL,
  requested_at timestamptz NOT NULL,
  doc          jsonb NOT NULL,
  CONSTRAINT mpp_queue_announcement_pkey PRIMARY KEY (site, zone, sequence)
);
