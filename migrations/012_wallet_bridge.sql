-- The wallet bridge's nonces (Sign-In with Ethereum): each issued with its expiry, each usable
-- once. A signed message names its nonce; the bridge takes it only after the signature checks
-- out, in one statement (DELETE … RETURNING), so a replay, or a second request racing the
-- first with the same message, finds it gone. Private: no role but the API key's
-- (project_admin) reads or writes the table; the two functions are the only way in.
-- Expired nonces are swept by each issue. Idempotent.

CREATE TABLE IF NOT EXISTS public.wallet_bridge_nonces (
  nonce text PRIMARY KEY CHECK (nonce ~ '^[A-Za-z0-9]{16,96}$'),
  expires_at timestamptz NOT NULL
);
ALTER TABLE public.wallet_bridge_nonces ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON public.wallet_bridge_nonces FROM PUBLIC;

-- A fresh nonce, usable for p_ttl_seconds. True once stored.
CREATE OR REPLACE FUNCTION public.wallet_bridge_issue_nonce(p_nonce text, p_ttl_seconds int)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  DELETE FROM public.wallet_bridge_nonces WHERE expires_at < clock_timestamp() - interval '1 hour';
  INSERT INTO public.wallet_bridge_nonces (nonce, expires_at)
    VALUES (p_nonce, clock_timestamp() + make_interval(secs => greatest(1, least(p_ttl_seconds, 3600))));
  RETURN true;
END $$;

-- Takes the nonce: true when it was issued, unused and unexpired (and now it is used).
CREATE OR REPLACE FUNCTION public.wallet_bridge_take_nonce(p_nonce text)
RETURNS boolean
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
  WITH taken AS (
    DELETE FROM public.wallet_bridge_nonces WHERE nonce = p_nonce RETURNING expires_at
  )
  SELECT coalesce((SELECT expires_at > clock_timestamp() FROM taken), false)
$$;

REVOKE ALL ON FUNCTION public.wallet_bridge_issue_nonce(text, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.wallet_bridge_take_nonce(text) FROM PUBLIC;
DO $$
DECLARE
  f text;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    REVOKE ALL ON public.wallet_bridge_nonces FROM anon;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    REVOKE ALL ON public.wallet_bridge_nonces FROM authenticated;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    GRANT SELECT, INSERT, DELETE ON public.wallet_bridge_nonces TO project_admin;
  END IF;
  FOREACH f IN ARRAY ARRAY['wallet_bridge_issue_nonce(text, int)', 'wallet_bridge_take_nonce(text)'] LOOP
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
