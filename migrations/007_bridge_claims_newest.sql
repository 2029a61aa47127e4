-- Bridge claims, exact and newest first: the bridges record the mapped claims through
-- `bridge_claims_record` instead of writing `bridge_claims` rows themselves.
--   * exact: the claims arrive as JSON TEXT and become jsonb here, so an integer beyond 2^53
--     (a snowflake organisation id) is stored and read back digit for digit; it never passes
--     through a JavaScript number;
--   * newest provider token first: each row keeps the `iat` of the provider token that set it,
--     and a token issued before that one does not change the row (the exchange is refused), so
--     an older, still valid token cannot bring back rights a newer one dropped;
--   * within the exchange's deadline: a write that reaches the database after the bridge gave
--     up on it (and answered 503 without a token) changes nothing.
-- Run after 005 and 006. Idempotent: every statement can run again on a migrated database.

-- The `iat` of the provider token the row's claims come from (0: written before this
-- migration, older than any token).
ALTER TABLE public.bridge_claims ADD COLUMN IF NOT EXISTS provider_iat bigint NOT NULL DEFAULT 0;

-- Records one exchange's claims for (p_sub, p_bridge). `p_record` is the text the bridge's
-- core produced, `{"iat": <provider token iat>, "claims": {…}}`; `p_expires_at` the minted
-- token's expiry; `p_not_after` the bridge's deadline for this write. Answers 'recorded', or
-- 'superseded' when the row already holds the claims of a newer provider token (same second:
-- the later exchange wins). Past the deadline it raises (SQLSTATE 57014) and writes nothing,
-- checked once the row is locked, so a write queued behind a lock is refused too.
CREATE OR REPLACE FUNCTION public.bridge_claims_record(p_sub text, p_bridge text, p_record text, p_expires_at timestamptz, p_not_after timestamptz)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  r jsonb := p_record::jsonb;
  written boolean;
BEGIN
  IF jsonb_typeof(r -> 'claims') IS DISTINCT FROM 'object' OR jsonb_typeof(r -> 'iat') IS DISTINCT FROM 'number' THEN
    RAISE EXCEPTION 'bridge_claims_record: p_record must be {"iat": <number>, "claims": {…}}' USING ERRCODE = '22023';
  END IF;
  IF clock_timestamp() > p_not_after THEN
    RAISE EXCEPTION 'bridge_claims_record: past the exchange deadline' USING ERRCODE = '57014';
  END IF;
  INSERT INTO public.bridge_claims AS c (sub, bridge, claims, expires_at, provider_iat)
  VALUES (p_sub, p_bridge, r -> 'claims', p_expires_at, (r ->> 'iat')::bigint)
  ON CONFLICT (sub, bridge) DO UPDATE
    SET claims = EXCLUDED.claims, expires_at = EXCLUDED.expires_at, provider_iat = EXCLUDED.provider_iat
    WHERE EXCLUDED.provider_iat >= c.provider_iat AND clock_timestamp() <= p_not_after
  RETURNING true INTO written;
  IF written THEN
    RETURN 'recorded';
  END IF;
  IF clock_timestamp() > p_not_after THEN
    RAISE EXCEPTION 'bridge_claims_record: past the exchange deadline' USING ERRCODE = '57014';
  END IF;
  RETURN 'superseded';
END
$$;

-- Only the API key (project_admin) records claims.
REVOKE ALL ON FUNCTION public.bridge_claims_record(text, text, text, timestamptz, timestamptz) FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    EXECUTE 'REVOKE ALL ON FUNCTION public.bridge_claims_record(text, text, text, timestamptz, timestamptz) FROM anon';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    EXECUTE 'REVOKE ALL ON FUNCTION public.bridge_claims_record(text, text, text, timestamptz, timestamptz) FROM authenticated';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    EXECUTE 'GRANT EXECUTE ON FUNCTION public.bridge_claims_record(text, text, text, timestamptz, timestamptz) TO project_admin';
  END IF;
END
$$;
