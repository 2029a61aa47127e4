-- Bridge claims that reach row-level security: InsForge's database API hands PostgREST a token
-- it signs itself with only the caller's sub, email and role, so a claim BRIDGE_CLAIMS copies
-- into the minted token (e.g. `org_id`) never reaches SQL in it. When BRIDGE_CLAIMS is set, a
-- bridge therefore also records the mapped claims here at every exchange, with the project's
-- API key, before it answers with the token; `requesting_claim(name)` reads them back by the
-- caller's sub. Run after 005 (it replaces 005's `requesting_claim`).
-- Idempotent: every statement can run again on an already-migrated database.

-- One row per user and bridge (the `provider` of the bridge's answer: `clerk`, `workos`, …),
-- replaced at each exchange: the claims of the latest exchange, valid until the token minted
-- by it expires.
CREATE TABLE IF NOT EXISTS public.bridge_claims (
  sub text NOT NULL,
  bridge text NOT NULL,
  claims jsonb NOT NULL CHECK (jsonb_typeof(claims) = 'object'),
  expires_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sub, bridge)
);

-- updated_at is the database's clock at each write, whatever the writer sends: the latest
-- exchange is the one requesting_claim believes.
CREATE OR REPLACE FUNCTION public.bridge_claims_touch() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS bridge_claims_touch ON public.bridge_claims;
CREATE TRIGGER bridge_claims_touch BEFORE INSERT OR UPDATE ON public.bridge_claims
  FOR EACH ROW EXECUTE FUNCTION public.bridge_claims_touch();

-- Private: only the API key (project_admin, which bypasses RLS) writes or reads it; RLS on
-- and no policy, so a grant given by mistake still shows users nothing.
ALTER TABLE public.bridge_claims ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON public.bridge_claims FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    EXECUTE 'REVOKE ALL ON public.bridge_claims FROM anon';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    EXECUTE 'REVOKE ALL ON public.bridge_claims FROM authenticated';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    EXECUTE 'GRANT ALL ON public.bridge_claims TO project_admin';
  END IF;
END
$$;

-- A claim of the caller as TEXT (a string as is, other JSON values as their JSON text); NULL
-- when absent or empty. Where it comes from:
--   * the caller's sub has a row in bridge_claims: the most recently written one (any bridge)
--     decides, and only until its expires_at; past it the caller has no claims at all (the
--     token's own claims are not consulted: the table wins whenever it knows the user);
--   * no row: the claim of the caller's token itself (request.jwt.claims), as in 005, for
--     setups whose tokens do reach SQL whole. On InsForge that is only sub, email and role.
-- SECURITY DEFINER so policies can read the private table; search_path pinned.
CREATE OR REPLACE FUNCTION public.requesting_claim(name text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  WITH latest AS (
    SELECT c.claims, c.expires_at
    FROM public.bridge_claims c
    WHERE c.sub = nullif(auth.jwt() ->> 'sub', '')
    ORDER BY c.updated_at DESC, c.bridge
    LIMIT 1
  )
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM latest)
      THEN (SELECT nullif(l.claims ->> name, '') FROM latest l WHERE l.expires_at > now())
    ELSE nullif(auth.jwt() ->> name, '')
  END
$$;

REVOKE ALL ON FUNCTION public.requesting_claim(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.requesting_claim(text) TO anon, authenticated;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    EXECUTE 'GRANT EXECUTE ON FUNCTION public.requesting_claim(text) TO project_admin';
  END IF;
END
$$;
