-- x402 payment ledger, write-ahead and idempotent.
--
-- A payment is inserted as 'pending' BEFORE the facilitator is asked to settle it, then marked
-- 'settled' with its tx hash. (payer_address, nonce) is unique: one EIP-3009 authorization can
-- be recorded, and so settled, only once, however often or concurrently it is presented.
-- tx_hash is nullable because a pending row has none yet; UNIQUE still holds for set values.
-- Writes come from the functions with the project API key (project_admin bypasses RLS).
-- Idempotent: every statement can run again on a migrated database.

CREATE TABLE IF NOT EXISTS public.x402_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payer_address text NOT NULL CHECK (payer_address = lower(payer_address)),
  nonce text NOT NULL CHECK (nonce ~ '^0x[0-9a-f]{64}$'),
  endpoint text NOT NULL,
  amount text NOT NULL,
  asset text NOT NULL,
  network text NOT NULL,
  chain text NOT NULL DEFAULT 'xlayer',
  valid_before bigint NOT NULL,
  -- The decoded payment, with its signed authorization: lets x402-reconcile finish a row
  -- whose settle outcome was never recorded. A bearer instrument: never readable by users.
  payment jsonb NOT NULL,
  settler text NOT NULL DEFAULT 'okx' CHECK (settler IN ('okx', 'mock', 'direct')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'settled', 'failed')),
  tx_hash text UNIQUE,
  error_reason text,
  response_summary text,
  attempts integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  CONSTRAINT x402_payments_payer_nonce_key UNIQUE (payer_address, nonce),
  CONSTRAINT x402_payments_settled_has_no_error CHECK (status <> 'settled' OR error_reason IS NULL)
);

CREATE INDEX IF NOT EXISTS x402_payments_pending_idx ON public.x402_payments (created_at) WHERE status = 'pending';

-- Append-only record of a settlement whose ledger row could not be updated right after the
-- money moved (a fault between settle and update). x402-reconcile moves it into the row.
CREATE TABLE IF NOT EXISTS public.x402_settlements (
  payment_id uuid PRIMARY KEY REFERENCES public.x402_payments (id) ON DELETE CASCADE,
  tx_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE public.x402_settlements ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.x402_payments ENABLE ROW LEVEL SECURITY;

-- Private: a row's `payment` holds the signed authorization, which anyone holding it could
-- present until its validBefore. No policy and no grant: only the API key (project_admin)
-- reads or writes. What is safe to show is in the x402_receipts view (004).

CREATE OR REPLACE FUNCTION public.x402_payments_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  IF NEW.status = 'settled' AND OLD.status IS DISTINCT FROM 'settled' THEN
    NEW.settled_at := now();
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS x402_payments_touch ON public.x402_payments;
CREATE TRIGGER x402_payments_touch BEFORE UPDATE ON public.x402_payments
  FOR EACH ROW EXECUTE FUNCTION public.x402_payments_touch();

-- Realtime: publish INSERT_x402_payments / SETTLED_x402_payments on channel x402_payments
-- through InsForge's realtime.publish when the project has it (a plain Postgres has not).
CREATE OR REPLACE FUNCTION public.x402_payments_notify() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  event text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    event := 'INSERT_x402_payments';
  ELSIF NEW.status = 'settled' AND OLD.status IS DISTINCT FROM 'settled' THEN
    event := 'SETTLED_x402_payments';
  ELSE
    RETURN NEW;
  END IF;
  IF to_regprocedure('realtime.publish(text,text,jsonb)') IS NOT NULL THEN
    EXECUTE 'SELECT realtime.publish($1, $2, $3)'
      USING 'x402_payments', event,
        jsonb_build_object('id', NEW.id, 'payer_address', NEW.payer_address, 'endpoint', NEW.endpoint,
          'amount', NEW.amount, 'tx_hash', NEW.tx_hash, 'status', NEW.status, 'created_at', NEW.created_at);
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS x402_payments_notify ON public.x402_payments;
CREATE TRIGGER x402_payments_notify AFTER INSERT OR UPDATE ON public.x402_payments
  FOR EACH ROW EXECUTE FUNCTION public.x402_payments_notify();

DO $$
BEGIN
  IF to_regclass('realtime.channels') IS NOT NULL THEN
    INSERT INTO realtime.channels (pattern, description, enabled)
    SELECT 'x402_payments', 'x402 payments ledger', true
    WHERE NOT EXISTS (SELECT 1 FROM realtime.channels WHERE pattern = 'x402_payments');
  END IF;
END $$;
