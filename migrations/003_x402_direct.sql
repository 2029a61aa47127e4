-- Direct on-chain settlement (X402_SETTLER=direct): the settler account's transaction nonces.
--
-- Concurrent settlements must never sign two transactions with one account nonce. Each
-- settlement takes its nonce from x402_allocate_settler_nonce(), an atomic upsert (the row lock
-- serialises allocations), floored at the chain's pending count so a nonce used outside the
-- functions is skipped. A nonce allocated but never broadcast is handed back with
-- x402_release_settler_nonce() when it is still the latest, so no gap blocks later ones.
-- The payment's ledger row records the nonce it used. Idempotent.

CREATE TABLE IF NOT EXISTS public.x402_settler_nonces (
  settler_address text NOT NULL CHECK (settler_address = lower(settler_address)),
  chain_id bigint NOT NULL,
  next_nonce bigint NOT NULL CHECK (next_nonce >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (settler_address, chain_id)
);
ALTER TABLE public.x402_settler_nonces ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS settler_nonce bigint;
CREATE UNIQUE INDEX IF NOT EXISTS x402_payments_settler_nonce_key
  ON public.x402_payments (settler, network, settler_nonce) WHERE settler_nonce IS NOT NULL;

CREATE OR REPLACE FUNCTION public.x402_allocate_settler_nonce(p_settler text, p_chain_id bigint, p_chain_nonce bigint)
RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO public.x402_settler_nonces AS s (settler_address, chain_id, next_nonce)
  VALUES (lower(p_settler), p_chain_id, p_chain_nonce + 1)
  ON CONFLICT (settler_address, chain_id)
  DO UPDATE SET next_nonce = greatest(s.next_nonce, p_chain_nonce) + 1, updated_at = now()
  RETURNING next_nonce - 1
$$;

CREATE OR REPLACE FUNCTION public.x402_release_settler_nonce(p_settler text, p_chain_id bigint, p_nonce bigint)
RETURNS boolean LANGUAGE sql AS $$
  WITH r AS (
    UPDATE public.x402_settler_nonces SET next_nonce = p_nonce, updated_at = now()
    WHERE settler_address = lower(p_settler) AND chain_id = p_chain_id AND next_nonce = p_nonce + 1
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM r)
$$;

REVOKE ALL ON FUNCTION public.x402_allocate_settler_nonce(text, bigint, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_release_settler_nonce(text, bigint, bigint) FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    GRANT EXECUTE ON FUNCTION public.x402_allocate_settler_nonce(text, bigint, bigint) TO project_admin;
    GRANT EXECUTE ON FUNCTION public.x402_release_settler_nonce(text, bigint, bigint) TO project_admin;
    GRANT SELECT, INSERT, UPDATE ON public.x402_settler_nonces TO project_admin;
  END IF;
END $$;
