-- Direct settlement: a settler nonce belongs to a settler ACCOUNT. Until now a row recorded
-- only the backend ('direct') beside its nonce, so the nonces of a new or second key (from 0)
-- collided with those another key had recorded (the sending record failed: nothing was sent,
-- but every such payment failed), and handing a nonce back could clear another key's row.
-- Rows now record the settler's address with the nonce; uniqueness and hand-backs are per
-- address (rows written before this have none and never collide). Idempotent.

ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS settler_address text
  CHECK (settler_address = lower(settler_address));
DROP INDEX IF EXISTS public.x402_payments_settler_nonce_key;
CREATE UNIQUE INDEX IF NOT EXISTS x402_payments_settler_account_nonce_key
  ON public.x402_payments (settler_address, network, settler_nonce) WHERE settler_nonce IS NOT NULL;

-- As before, the `sending` outcome also records p.settlerAddress with p.settlerNonce.
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
    UPDATE public.x402_payments SET tx_hash = p->>'txHash',
        settler_nonce = coalesce((p->>'settlerNonce')::bigint, settler_nonce),
        settler_address = CASE WHEN p ? 'settlerNonce' THEN lower(p->>'settlerAddress') ELSE settler_address END
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  END IF;
  RAISE EXCEPTION 'x402 ledger: unknown outcome %', outcome USING ERRCODE = 'invalid_parameter_value';
END $$;

-- As before, for the given settler's rows only (and rows that recorded no settler).
CREATE OR REPLACE FUNCTION public.x402_release_settler_nonce(p_settler text, p_chain_id bigint, p_nonce bigint)
RETURNS boolean LANGUAGE sql AS $$
  WITH r AS (
    UPDATE public.x402_settler_nonces SET next_nonce = p_nonce, updated_at = now()
    WHERE settler_address = lower(p_settler) AND chain_id = p_chain_id AND next_nonce = p_nonce + 1
    RETURNING 1
  ), unheld AS (
    UPDATE public.x402_payments SET settler_nonce = NULL, settler_address = NULL
    WHERE settler = 'direct' AND network = 'eip155:' || p_chain_id AND settler_nonce = p_nonce
      AND coalesce(settler_address, lower(p_settler)) = lower(p_settler)
      AND status <> 'settled'
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM r)
$$;
