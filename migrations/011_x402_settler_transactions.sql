-- Direct settlement: the signed transaction is kept with its row, so a transaction the node
-- lost can be sent again byte for byte, and one priced under the chain's base fee replaced at
-- the same nonce with higher fees (or, for a payment that can no longer settle, its nonce
-- filled by a transfer of nothing), so no stuck transaction holds up the settler's later
-- nonces. settler_tx is the LATEST transaction signed for the row (a replacement or a filler
-- replaces it, recorded before it is broadcast, like its hash); the claim and reconcile's
-- rows hand it to the flow with its signer's address. Idempotent.

ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS settler_tx text
  CHECK (settler_tx IS NULL OR settler_tx ~ '^0x02[0-9a-f]+$');

-- As before, with the row's recorded transaction and its signer.
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
    -- The database's own clock measures the replay window: no two clocks are compared.
    'servedAgeMs', CASE WHEN r.served_at IS NULL THEN NULL
                        ELSE floor(extract(epoch FROM clock_timestamp() - r.served_at) * 1000)::bigint END)
$$;

-- As before; the `sending` outcome also keeps p.settlerTx, the signed transaction.
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
      RETURN jsonb_build_object('state', CASE WHEN r.tx_hash = p->>'txHash' THEN 'settled' ELSE 'conflict' END);
    END IF;
    IF r.status <> 'pending' THEN
      RETURN jsonb_build_object('state', r.status);
    END IF;
    BEGIN
      UPDATE public.x402_payments
        SET status = 'settled', tx_hash = p->>'txHash', error_reason = NULL,
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
  ELSIF outcome = 'sending' THEN
    UPDATE public.x402_payments SET tx_hash = p->>'txHash', settler_tx = p->>'settlerTx',
        settler_nonce = coalesce((p->>'settlerNonce')::bigint, settler_nonce),
        settler_address = CASE WHEN p ? 'settlerNonce' THEN lower(p->>'settlerAddress') ELSE settler_address END
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  END IF;
  RAISE EXCEPTION 'x402 ledger: unknown outcome %', outcome USING ERRCODE = 'invalid_parameter_value';
END $$;

-- As before, with each row's recorded transaction and its signer.
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
      RETURNING x.id, x.payment, x.settler, x.tx_hash, x.submitted_at, x.created_at, x.settler_tx, x.settler_address
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'payment', payment, 'settler', settler,
      'txHash', tx_hash, 'submitted', submitted_at IS NOT NULL,
      'settlerTx', CASE WHEN tx_hash IS NOT NULL THEN settler_tx END, 'settlerAddress', settler_address)
      ORDER BY created_at), '[]'::jsonb)
    INTO rows FROM taken;
  RETURN jsonb_build_object('logged', moved, 'rows', rows);
END $$;

REVOKE ALL ON FUNCTION public.x402_record(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_stranded(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_row_facts(public.x402_payments, text) FROM PUBLIC;
