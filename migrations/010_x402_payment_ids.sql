-- x402 payment-identifier: the response a buyer's payment id was answered with, kept so a
-- resend of the same payment under the same id gets it again instead of paying twice.
--
-- The flow (src/x402/flow/idem.rs) decides; these functions make each step one atomic
-- transition over the row of (endpoint, payment_id):
--   x402_payment_id_begin   : look the id up BEFORE the payment is verified. Answers
--                             kept (with the response) | conflict (another payment's id here) |
--                             busy (its first request is still running) | new (this request
--                             holds the id now; only with reserve) | none (nothing held).
--   x402_payment_id_keep    : the holder keeps the response it answered (a status at or above
--                             keepBelowStatus, or a body over keepMaxBodyChars, is let go).
--   x402_payment_id_release : the holder lets the id go (a refusal is never kept).
-- A row is bound to the payment's fingerprint (its signed authorization): the same id with
-- another payment is a conflict, never the kept response.
--
-- Private like x402_payments: a kept response is what a buyer paid for. No role but the API
-- key's (project_admin) reads the table or calls the functions; anon and authenticated get
-- nothing. Rows expire (expires_at, 24 h by default) and are deleted lazily by later calls.
-- Idempotent: every statement can run again on a migrated database.

CREATE TABLE IF NOT EXISTS public.x402_payment_ids (
  endpoint text NOT NULL,
  payment_id text NOT NULL,
  fingerprint text NOT NULL,
  claim_token uuid NOT NULL,
  -- {status, headers: [[name, value]...], body: base64}; NULL while its first request runs.
  response jsonb,
  held_until timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (endpoint, payment_id)
);
CREATE INDEX IF NOT EXISTS x402_payment_ids_expires_idx ON public.x402_payment_ids (expires_at);
ALTER TABLE public.x402_payment_ids ENABLE ROW LEVEL SECURITY;

REVOKE ALL ON public.x402_payment_ids FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    REVOKE ALL ON public.x402_payment_ids FROM anon;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    REVOKE ALL ON public.x402_payment_ids FROM authenticated;
  END IF;
END $$;

-- p = {endpoint, id, fingerprint, claimToken, reserve, holdSeconds, retentionSeconds}
CREATE OR REPLACE FUNCTION public.x402_payment_id_begin(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  token uuid := (p->>'claimToken')::uuid;
  reserve boolean := coalesce((p->>'reserve')::boolean, false);
  hold interval := make_interval(secs => coalesce((p->>'holdSeconds')::int, 180));
  retention interval := make_interval(secs => coalesce((p->>'retentionSeconds')::int, 86400));
  r public.x402_payment_ids;
BEGIN
  -- Retention, lazily: a few expired rows go with every lookup.
  DELETE FROM public.x402_payment_ids WHERE ctid IN (
    SELECT ctid FROM public.x402_payment_ids WHERE expires_at < clock_timestamp()
      LIMIT 100 FOR UPDATE SKIP LOCKED);
  FOR attempt IN 1..2 LOOP
    SELECT * INTO r FROM public.x402_payment_ids
      WHERE endpoint = p->>'endpoint' AND payment_id = p->>'id' FOR UPDATE;
    IF FOUND AND r.expires_at < clock_timestamp() THEN
      DELETE FROM public.x402_payment_ids WHERE endpoint = r.endpoint AND payment_id = r.payment_id;
    ELSIF FOUND THEN
      IF r.fingerprint <> p->>'fingerprint' THEN
        RETURN jsonb_build_object('state', 'conflict');
      END IF;
      IF r.response IS NOT NULL THEN
        RETURN jsonb_build_object('state', 'kept', 'response', r.response::text);
      END IF;
      IF r.claim_token = token AND reserve THEN
        -- Our own hold, its first answer lost.
        RETURN jsonb_build_object('state', 'new');
      END IF;
      IF r.held_until >= clock_timestamp() THEN
        RETURN jsonb_build_object('state', 'busy');
      END IF;
      -- Its first request died holding it: a resend takes it over.
      IF NOT reserve THEN
        RETURN jsonb_build_object('state', 'none');
      END IF;
      UPDATE public.x402_payment_ids SET claim_token = token, held_until = clock_timestamp() + hold
        WHERE endpoint = r.endpoint AND payment_id = r.payment_id;
      RETURN jsonb_build_object('state', 'new');
    END IF;
    IF NOT reserve THEN
      RETURN jsonb_build_object('state', 'none');
    END IF;
    INSERT INTO public.x402_payment_ids (endpoint, payment_id, fingerprint, claim_token, held_until, expires_at)
      VALUES (p->>'endpoint', p->>'id', p->>'fingerprint', token, clock_timestamp() + hold, clock_timestamp() + retention)
      ON CONFLICT (endpoint, payment_id) DO NOTHING;
    IF FOUND THEN
      RETURN jsonb_build_object('state', 'new');
    END IF;
    -- A concurrent request inserted it first: answer as for an existing row.
  END LOOP;
  RETURN jsonb_build_object('state', 'busy');
END $$;

-- p = {endpoint, id, claimToken, retentionSeconds, keepBelowStatus, keepMaxBodyChars, response}
CREATE OR REPLACE FUNCTION public.x402_payment_id_keep(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  res jsonb := p->'response';
  retention interval := make_interval(secs => coalesce((p->>'retentionSeconds')::int, 86400));
  status_ok boolean;
  r public.x402_payment_ids;
BEGIN
  SELECT * INTO r FROM public.x402_payment_ids
    WHERE endpoint = p->>'endpoint' AND payment_id = p->>'id' AND claim_token = (p->>'claimToken')::uuid
      AND response IS NULL FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('state', 'lost');
  END IF;
  status_ok := jsonb_typeof(res) = 'object' AND jsonb_typeof(res->'status') = 'number'
    AND jsonb_typeof(res->'headers') = 'array' AND jsonb_typeof(res->'body') = 'string'
    AND (res->>'status')::numeric < coalesce((p->>'keepBelowStatus')::numeric, 500)
    AND length(res->>'body') <= coalesce((p->>'keepMaxBodyChars')::int, 1048576);
  IF NOT coalesce(status_ok, false) THEN
    DELETE FROM public.x402_payment_ids WHERE endpoint = r.endpoint AND payment_id = r.payment_id;
    RETURN jsonb_build_object('state', 'released');
  END IF;
  UPDATE public.x402_payment_ids SET response = res, expires_at = clock_timestamp() + retention
    WHERE endpoint = r.endpoint AND payment_id = r.payment_id;
  RETURN jsonb_build_object('state', 'kept');
END $$;

-- p = {endpoint, id, claimToken}
CREATE OR REPLACE FUNCTION public.x402_payment_id_release(p jsonb) RETURNS jsonb
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
  WITH gone AS (
    DELETE FROM public.x402_payment_ids
      WHERE endpoint = p->>'endpoint' AND payment_id = p->>'id' AND claim_token = (p->>'claimToken')::uuid
        AND response IS NULL
      RETURNING 1)
  SELECT jsonb_build_object('state', CASE WHEN EXISTS (SELECT 1 FROM gone) THEN 'released' ELSE 'lost' END)
$$;

-- Only the API key's role calls them.
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY['x402_payment_id_begin(jsonb)', 'x402_payment_id_keep(jsonb)', 'x402_payment_id_release(jsonb)'] LOOP
    EXECUTE 'REVOKE ALL ON FUNCTION public.' || f || ' FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
      EXECUTE 'REVOKE ALL ON FUNCTION public.' || f || ' FROM anon';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
      EXECUTE 'REVOKE ALL ON FUNCTION public.' || f || ' FROM authenticated';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
      EXECUTE 'GRANT EXECUTE ON FUNCTION public.' || f || ' TO project_admin';
    END IF;
  END LOOP;
END $$;
