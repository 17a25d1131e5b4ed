-- MPP SDK schema 2: the tracking store (id.mpp.sdk.jdbc.PostgresTrackingStore): applications,
-- their status events, the outbox, idempotency keys and tracking-number sequences.

CREATE TABLE mpp_application (
  tracking         text COLLATE "C" PRIMARY KEY,
  agency           text COLLATE "C" NOT NULL,
  agency_reference text COLLATE "C",
  version          bigint NOT NULL,
  doc              jsonb NOT NULL
);
CREATE UNIQUE INDEX mpp_application_reference_key ON mpp_application (agency, agency_reference)
  WHERE agency_reference IS NOT NULL;

-- Of two appends with the same expected version the primary key lets exactly one in.
CREATE TABLE mpp_status_event (
  tracking text COLLATE "C" NOT NULL,
  version  bigint NOT NULL,
  event_id text COLLATE "C" NOT NULL,
  doc      jsonb NOT NULL,
  CONSTRAINT mpp_status_event_pkey PRIMARY KEY (tracking, version),
  CONSTRAINT mpp_status_event_id_key UNIQUE (event_id)
);

CREATE TABLE mpp_outbox (
  id              text COLLATE "C" PRIMARY KEY,
  seq             bigserial NOT NULL,
  tracking        text COLLATE "C" NOT NULL,
  state           text NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  lease_until     timestamptz,
  revision        bigint NOT NULL,
  doc             jsonb NOT NULL
);
CREATE INDEX mpp_outbox_due_idx ON mpp_outbox (next_attempt_at, seq) WHERE state = 'PENDING';
CREATE INDEX mpp_outbox_state_idx ON mpp_outbox (state, seq);
CREATE INDEX mpp_outbox_tracking_idx ON mpp_outbox (tracking, seq);

-- Claimed by one insert; a second claim of the same key violates the primary key.
CREATE TABLE mpp_tracking_key (
  key text COLLATE "C" PRIMARY KEY,
  doc jsonb NOT NULL
);

CREATE TABLE mpp_tracking_sequence (
  site_code text COLLATE "C" NOT NULL,
  day       date NOT NULL,
  last      integer NOT NULL,
  CONSTRAINT mpp_tracking_sequence_pkey PRIMARY KEY (site_code, day)
);
