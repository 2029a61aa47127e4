-- Metered payments (x402 `upto`): the payer signs a ceiling, the seller's handler runs after the
-- claim, and what the work cost is recorded as `charged` BEFORE anything is sent, so any later
-- presentation, or x402-reconcile, settles and proves that amount and no other. It is at most the
-- signed amount, set once, and never changes after; a zero charge is settled with no
-- transaction (nothing to send). Exact payments leave it NULL (they charge `amount`).
-- Idempotent.

ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS charged text
  CHECK (charged IS NULL OR charged ~ '^[0-9]{1,78}$');

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'x402_payments_charged_within_amount') THEN
    ALTER TABLE public.x402_payments
      ADD CONSTRAINT x402_payments_charged_within_amount CHECK (charged IS NULL OR charged::numeric <= amount::numeric);
  END IF;
END $$;

-- As before, plus: a settled row has a transaction unless it charged nothing; a charge, once
-- set, stays.
CREATE OR REPLACE FUNCTION public.x402_payments_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT ((OLD.status, NEW.status) IN (
      ('pending', 'pending'), ('pending', 'settled'), ('pending', 'failed'),
      ('failed', 'pending'), ('settled', 'settled'))) THEN
    RAISE EXCEPTION 'x402 ledger: % -> % is not a transition', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'settled' AND NEW.tx_hash IS NULL AND NEW.charged IS DISTINCT FROM '0' THEN
    RAISE EXCEPTION 'x402 ledger: settled without a transaction' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.charged IS NOT NULL AND NEW.charged IS DISTINCT FROM OLD.charged THEN
    RAISE EXCEPTION 'x402 ledger: a charge does not change' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'settled' AND (NEW.tx_hash IS DISTINCT FROM OLD.tx_hash
      OR (OLD.served_at IS NOT NULL AND NEW.served_at IS DISTINCT FROM OLD.served_at)
      OR NEW.payment IS DISTINCT FROM OLD.payment) THEN
    RAISE EXCEPTION 'x402 ledger: a settled payment does not change' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.payer_address IS DISTINCT FROM OLD.payer_address OR NEW.nonce IS DISTINCT FROM OLD.nonce THEN
    RAISE EXCEPTION 'x402 ledger: a payment keeps its authorization' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- As before, with the row's charge.
CREATE OR REPLACE FUNCTION public.x402_row_facts(r public.x402_payments, state text) RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT jsonb_build_object(
    'state', state,
    'id', r.id,
    'status', r.status,
    'txHash', r.tx_hash,
    'submitted', r.submitted_at IS NOT NULL,
    'settlerNonce', r.settler_nonce,
    -- The latest transaction a direct settlement signed for this row, and its signer.
    'settlerTx', CASE WHEN r.tx_hash IS NOT NULL THEN r.settler_tx END,
    'settlerAddress', r.settler_address,
    -- A metered payment's charge, recorded before anything was sent.
    'charged', r.charged,
    -- The database's own clock measures the replay window: no two clocks are compared.
    'servedAgeMs', CASE WHEN r.served_at IS NULL THEN NULL
                        ELSE floor(extract(epoch FROM clock_timestamp() - r.served_at) * 1000)::bigint END)
$$;

-- As before; `settled` keeps p.charged (and an empty txHash for a zero charge is no
-- transaction), and the `charge` outcome records a metered payment's charge on the held row.
CREATE OR REPLACE FUNCTION public.x402_record(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  outcome text := p->>'outcome';
  token uuid := (p->>'claimToken')::uuid;
  r public.x402_payments;
BEGIN
  SELECT * INTO r FROM public.x402_payments WHERE id = (p->>'id')::uuid FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('state', 'none');
  END IF;
  IF outcome = 'settled' THEN
    IF r.status = 'settled' THEN
      RETURN jsonb_build_object('state', CASE WHEN r.tx_hash IS NOT DISTINCT FROM nullif(p->>'txHash', '') THEN 'settled' ELSE 'conflict' END);
    END IF;
    IF r.status <> 'pending' THEN
      RETURN jsonb_build_object('state', r.status);
    END IF;
    BEGIN
      UPDATE public.x402_payments
        SET status = 'settled', tx_hash = nullif(p->>'txHash', ''), error_reason = NULL,
            charged = coalesce(p->>'charged', charged),
            response_summary = p->>'summary',
            served_at = CASE WHEN coalesce((p->>'served')::boolean, false) THEN clock_timestamp() END,
            served_token = CASE WHEN coalesce((p->>'served')::boolean, false) THEN token END
        WHERE id = r.id;
    EXCEPTION WHEN others THEN
      -- The row refuses the write (a fault of its own): the money moved all the same, so the
      -- settlement is kept in the append-only log, and x402_stranded moves it in later.
      INSERT INTO public.x402_settlements (payment_id, tx_hash) VALUES (r.id, p->>'txHash')
        ON CONFLICT (payment_id) DO NOTHING;
      RETURN jsonb_build_object('state', 'logged');
    END;
    RETURN jsonb_build_object('state', 'settled');
  END IF;
  IF r.status <> 'pending' OR r.claim_token IS DISTINCT FROM token THEN
    RETURN jsonb_build_object('state', CASE WHEN r.status = 'pending' THEN 'lost' ELSE r.status END);
  END IF;
  IF outcome = 'failed' THEN
    UPDATE public.x402_payments SET status = 'failed', error_reason = coalesce(p->>'reason', 'failed'),
        response_summary = p->>'summary'
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'failed');
  ELSIF outcome = 'unknown' THEN
    UPDATE public.x402_payments SET claim_token = NULL, tx_hash = coalesce(p->>'txHash', tx_hash)
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  ELSIF outcome = 'charge' THEN
    -- A metered payment's work is done: its charge, once, before anything is sent.
    IF r.charged IS NOT NULL AND r.charged <> p->>'charged' THEN
      -- Recorded first by another presentation: that charge stands, and is named.
      RETURN jsonb_build_object('state', 'conflict', 'charged', r.charged);
    END IF;
    UPDATE public.x402_payments SET charged = p->>'charged' WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  ELSIF outcome = 'sending' THEN
    UPDATE public.x402_payments SET tx_hash = p->>'txHash', settler_tx = p->>'settlerTx',
        settler_nonce = coalesce((p->>'settlerNonce')::bigint, settler_nonce),
        settler_address = CASE WHEN p ? 'settlerNonce' THEN lower(p->>'settlerAddress') ELSE settler_address END
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  END IF;
  RAISE EXCEPTION 'x402 ledger: unknown outcome %', outcome USING ERRCODE = 'invalid_parameter_value';
END $$;

-- As before, with each row's charge.
CREATE OR REPLACE FUNCTION public.x402_stranded(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  lease interval := make_interval(secs => coalesce((p->>'leaseSeconds')::int, 90));
  moved int;
  rows jsonb;
BEGIN
  BEGIN
    WITH logged AS (
      DELETE FROM public.x402_settlements s
        USING public.x402_payments x
        WHERE x.id = s.payment_id AND x.status = 'pending'
        RETURNING s.payment_id, s.tx_hash
    ), upd AS (
      UPDATE public.x402_payments x SET status = 'settled', tx_hash = l.tx_hash, error_reason = NULL
        FROM logged l WHERE x.id = l.payment_id RETURNING 1
    )
    SELECT count(*) INTO moved FROM upd;
  EXCEPTION WHEN others THEN
    -- A logged settlement its row still refuses stays in the log for a person to look at.
    moved := 0;
  END;

  WITH picked AS (
    SELECT id FROM public.x402_payments
      WHERE status = 'pending'
        AND created_at < clock_timestamp() - make_interval(secs => coalesce((p->>'minAgeSeconds')::int, 120))
        AND (claim_token IS NULL OR updated_at < clock_timestamp() - lease)
      ORDER BY created_at
      LIMIT coalesce((p->>'limit')::int, 50)
      FOR UPDATE SKIP LOCKED
  ), taken AS (
    UPDATE public.x402_payments x SET claim_token = (p->>'claimToken')::uuid, claim_mode = 'resolve'
      FROM picked WHERE x.id = picked.id
      RETURNING x.id, x.payment, x.settler, x.tx_hash, x.submitted_at, x.created_at, x.settler_tx, x.settler_address, x.charged
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'payment', payment, 'settler', settler,
      'txHash', tx_hash, 'submitted', submitted_at IS NOT NULL,
      'settlerTx', CASE WHEN tx_hash IS NOT NULL THEN settler_tx END, 'settlerAddress', settler_address,
      'charged', charged)
      ORDER BY created_at), '[]'::jsonb)
    INTO rows FROM taken;
  RETURN jsonb_build_object('logged', moved, 'rows', rows);
END $$;

-- What a payer was charged: a metered payment's charge, or a settled exact payment's amount.
CREATE OR REPLACE VIEW public.x402_receipts WITH (security_barrier) AS
  SELECT id, payer_address, endpoint, amount, asset, network, status, tx_hash, created_at, settled_at,
         coalesce(charged, CASE WHEN status = 'settled' THEN amount END) AS charged
  FROM public.x402_payments;

REVOKE ALL ON FUNCTION public.x402_record(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_stranded(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_row_facts(public.x402_payments, text) FROM PUBLIC;
