-- x402 ledger: private rows, public receipts, payments bound to what they bought.
--
-- A row's `payment` is the signed authorization: until its validBefore anyone holding it can
-- present it. So no role but the API key's (project_admin) reads x402_payments or
-- x402_settlements, on databases migrated before this rule too; what is safe to show (payer,
-- amount, endpoint, status, transaction hash) is the x402_receipts view. Realtime events carry
-- the same safe fields only (x402_payments_notify in 002).
--
-- Binding: a row records the resource it paid for and the requirements it accepted (payTo,
-- plus asset, network, amount and endpoint in 002's columns). A re-presentation is served only
-- under the same binding; anywhere else it is "already used". Rows from before this migration
-- have no binding recorded and are never served again.
--
-- claim_token: a random value the claiming request writes with its insert, so a request whose
-- insert committed but whose answer was lost can read the row back and know it is its own.
-- submitted_at: set (and confirmed) BEFORE a settlement is sent. A pending row without it was
-- claimed but never sent anywhere: nothing can have moved, so x402-reconcile fails it (it may
-- be presented again) instead of settling money for a request that was never served. Pending
-- rows from before this migration may have been sent: they count as submitted.
-- Idempotent.

DROP POLICY IF EXISTS x402_payments_public_read ON public.x402_payments;
REVOKE ALL ON public.x402_payments FROM PUBLIC;
REVOKE ALL ON public.x402_settlements FROM PUBLIC;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    REVOKE ALL ON public.x402_payments FROM anon;
    REVOKE ALL ON public.x402_settlements FROM anon;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    REVOKE ALL ON public.x402_payments FROM authenticated;
    REVOKE ALL ON public.x402_settlements FROM authenticated;
  END IF;
END $$;

ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS resource text;
ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS pay_to text;
ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS claim_token uuid;
-- served_at: when a settled payment was first served. It starts the short window in which the
-- same payment is served again (a retry); a payment settled without being served (reconcile
-- finished it after its request gave up) is served when presented, within its validBefore.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = 'x402_payments' AND column_name = 'served_at') THEN
    ALTER TABLE public.x402_payments ADD COLUMN served_at timestamptz;
    UPDATE public.x402_payments SET served_at = settled_at WHERE status = 'settled';
  END IF;
END $$;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = 'x402_payments' AND column_name = 'submitted_at') THEN
    ALTER TABLE public.x402_payments ADD COLUMN submitted_at timestamptz;
    UPDATE public.x402_payments SET submitted_at = updated_at WHERE status = 'pending';
  END IF;
END $$;

-- The owner's view: it reads the private table for everyone it is granted to, but only these
-- columns. security_barrier keeps a caller's filter functions from seeing other columns.
CREATE OR REPLACE VIEW public.x402_receipts WITH (security_barrier) AS
  SELECT id, payer_address, endpoint, amount, asset, network, status, tx_hash, created_at, settled_at
  FROM public.x402_payments;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    GRANT SELECT ON public.x402_receipts TO anon;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    GRANT SELECT ON public.x402_receipts TO authenticated;
  END IF;
END $$;
