-- sign-in-with-x on paid endpoints: has this wallet paid for this resource on this endpoint
-- within the seller's window (X402_SIWX_SECONDS)? The paywall asks it after the wallet has
-- signed in (its signature checked first), and serves the resource again without a second
-- payment when it has. Only settled payments count; the window runs from the payment's row.
-- Callable only with the project API key, like every ledger transition. Idempotent.

CREATE OR REPLACE FUNCTION public.x402_siwx_paid(p jsonb) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.x402_payments
    WHERE payer_address = lower(p->>'payer')
      AND endpoint = p->>'endpoint'
      AND resource = p->>'resource'
      AND status = 'settled'
      AND created_at >= clock_timestamp() - make_interval(secs => greatest(0, coalesce((p->>'windowSeconds')::int, 0)))
  )
$$;

REVOKE ALL ON FUNCTION public.x402_siwx_paid(jsonb) FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    REVOKE ALL ON FUNCTION public.x402_siwx_paid(jsonb) FROM anon;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    REVOKE ALL ON FUNCTION public.x402_siwx_paid(jsonb) FROM authenticated;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    GRANT EXECUTE ON FUNCTION public.x402_siwx_paid(jsonb) TO project_admin;
  END IF;
END $$;
