-- x402 ledger transitions as database functions.
--
-- The payment flow (src/x402/flow) decides; these functions make each of its decisions one
-- atomic transition: one round trip, one transaction, the row locked. They take one jsonb
-- argument `p` and answer jsonb. Only the project API key's role may call them; anon and
-- authenticated get nothing. A trigger refuses an illegal transition whoever attempts it (a
-- function, the records API, a person in psql), so the table below is the law.
--
-- States: pending (claimed; may have been sent), settled (the money moved), failed (nothing
-- moved). `served_at` marks the first delivery of a settled payment.
--
-- Transitions (held against src/x402/flow/ledger.rs by a test):
--   transition: pending -> pending   (a claim taken over, a hash recorded, a claim released)
--   transition: pending -> settled   (proof that the money moved, with its tx_hash)
--   transition: pending -> failed    (proof that nothing moved)
--   transition: failed -> pending    (a payment refused earlier is presented again)
--   transition: settled -> settled   (served_at set once; nothing else changes)
-- Idempotent: every statement can run again on a migrated database.

-- How the row's current claim was taken (new, retry, resolve): a claim asked again with its
-- token after a lost answer is answered as it was taken, never as a fresh one. And the claim
-- token that marked a settled payment's first delivery: asked again after a lost answer, that
-- delivery is still its own.
ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS claim_mode text;
ALTER TABLE public.x402_payments ADD COLUMN IF NOT EXISTS served_token uuid;

-- A settled payment is served at most after it settled.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'x402_payments_served_is_settled') THEN
    ALTER TABLE public.x402_payments
      ADD CONSTRAINT x402_payments_served_is_settled CHECK (served_at IS NULL OR status = 'settled');
  END IF;
END $$;

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
  IF NEW.status = 'settled' AND NEW.tx_hash IS NULL THEN
    RAISE EXCEPTION 'x402 ledger: settled without a transaction' USING ERRCODE = 'check_violation';
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

DROP TRIGGER IF EXISTS x402_payments_guard ON public.x402_payments;
CREATE TRIGGER x402_payments_guard BEFORE UPDATE ON public.x402_payments
  FOR EACH ROW EXECUTE FUNCTION public.x402_payments_guard();

-- What the flow needs to know of a row.
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
    -- The database's own clock measures the replay window: no two clocks are compared.
    'servedAgeMs', CASE WHEN r.served_at IS NULL THEN NULL
                        ELSE floor(extract(epoch FROM clock_timestamp() - r.served_at) * 1000)::bigint END)
$$;

-- The claim. p = {mode, row, leaseSeconds, attemptsPerMinute, serve}:
--   mode 'claim'  : insert the row as pending (submitted: the caller sends right after), or
--                   take the existing one: a failed row is claimed again, a pending row whose
--                   request let go of it (claim_token null) or whose lease ran out is taken
--                   over (state 'resolve' when it may have been sent), a settled row is
--                   answered (and, with serve, its first delivery marked);
--   mode 'resume' : the same for an existing row only: nothing is inserted and a failed row
--                   stays failed (a payment past its window);
--   mode 'peek'   : no write at all.
-- States: new | retry | resolve | settled | busy | failed | elsewhere | none | throttled.
CREATE OR REPLACE FUNCTION public.x402_claim(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  w jsonb := p->'row';
  mode text := coalesce(p->>'mode', 'claim');
  lease interval := make_interval(secs => coalesce((p->>'leaseSeconds')::int, 90));
  per_minute int := coalesce((p->>'attemptsPerMinute')::int, 0);
  token uuid := (w->>'claim_token')::uuid;
  r public.x402_payments;
  same boolean;
BEGIN
  SELECT * INTO r FROM public.x402_payments
    WHERE payer_address = w->>'payer_address' AND nonce = w->>'nonce' FOR UPDATE;
  IF NOT FOUND THEN
    IF mode <> 'claim' THEN
      RETURN jsonb_build_object('state', 'none');
    END IF;
    IF per_minute > 0 AND (SELECT count(*) FROM public.x402_payments
        WHERE payer_address = w->>'payer_address' AND status <> 'settled'
          AND submitted_at >= clock_timestamp() - interval '1 minute') >= per_minute THEN
      RETURN jsonb_build_object('state', 'throttled');
    END IF;
    INSERT INTO public.x402_payments (payer_address, nonce, endpoint, resource, pay_to, amount, asset,
        network, chain, valid_before, payment, settler, claim_token, submitted_at, claim_mode)
      VALUES (w->>'payer_address', w->>'nonce', w->>'endpoint', w->>'resource', w->>'pay_to',
        w->>'amount', w->>'asset', w->>'network', w->>'chain', (w->>'valid_before')::bigint,
        w->'payment', w->>'settler', token, clock_timestamp(), 'new')
      ON CONFLICT (payer_address, nonce) DO NOTHING
      RETURNING * INTO r;
    IF FOUND THEN
      RETURN public.x402_row_facts(r, 'new');
    END IF;
    -- A concurrent claim inserted it first: answer as for an existing row.
    SELECT * INTO r FROM public.x402_payments
      WHERE payer_address = w->>'payer_address' AND nonce = w->>'nonce' FOR UPDATE;
  END IF;

  -- The binding: what the payment bought. Anywhere else it is already used.
  same := r.endpoint = w->>'endpoint' AND r.resource IS NOT NULL AND r.resource = w->>'resource'
    AND r.pay_to IS NOT NULL AND lower(r.pay_to) = lower(w->>'pay_to')
    AND lower(r.asset) = lower(w->>'asset') AND r.network = w->>'network' AND r.amount = w->>'amount';
  IF NOT same THEN
    RETURN public.x402_row_facts(r, 'elsewhere');
  END IF;
  IF r.claim_token IS NOT DISTINCT FROM token AND token IS NOT NULL AND r.status = 'pending' THEN
    -- Our own claim, its first answer lost: answered as it was taken (a row taken over may
    -- have been sent: it is resolved, never sent as new).
    RETURN public.x402_row_facts(r, coalesce(r.claim_mode, 'resolve'));
  END IF;
  IF mode = 'peek' THEN
    RETURN public.x402_row_facts(r, r.status);
  END IF;

  IF r.status = 'settled' THEN
    IF coalesce((p->>'serve')::boolean, false) AND r.served_at IS NULL THEN
      UPDATE public.x402_payments SET served_at = clock_timestamp(), served_token = token WHERE id = r.id;
    ELSIF token IS NOT NULL AND r.served_token IS NOT DISTINCT FROM token THEN
      -- Its first delivery was marked by this very claim, whose answer was lost.
      r.served_at := NULL;
    END IF;
    RETURN public.x402_row_facts(r, 'settled');
  END IF;

  IF r.status = 'failed' THEN
    IF mode <> 'claim' THEN
      RETURN public.x402_row_facts(r, 'failed');
    END IF;
    IF per_minute > 0 AND (SELECT count(*) FROM public.x402_payments
        WHERE payer_address = r.payer_address AND status <> 'settled'
          AND submitted_at >= clock_timestamp() - interval '1 minute') >= per_minute THEN
      RETURN jsonb_build_object('state', 'throttled');
    END IF;
    UPDATE public.x402_payments
      SET status = 'pending', error_reason = NULL, attempts = attempts + 1, claim_token = token,
          submitted_at = clock_timestamp(), tx_hash = NULL, claim_mode = 'retry'
      WHERE id = r.id RETURNING * INTO r;
    RETURN public.x402_row_facts(r, 'retry');
  END IF;

  -- Pending: someone's, unless its request let go of it or its lease ran out.
  IF r.claim_token IS NOT NULL AND r.updated_at >= clock_timestamp() - lease THEN
    RETURN public.x402_row_facts(r, 'busy');
  END IF;
  IF r.submitted_at IS NULL THEN
    -- Claimed, never sent: nothing can have moved; this request sends it.
    UPDATE public.x402_payments SET claim_token = token, attempts = attempts + 1, submitted_at = clock_timestamp(),
        claim_mode = 'retry'
      WHERE id = r.id RETURNING * INTO r;
    RETURN public.x402_row_facts(r, 'retry');
  END IF;
  UPDATE public.x402_payments SET claim_token = token, claim_mode = 'resolve' WHERE id = r.id RETURNING * INTO r;
  RETURN public.x402_row_facts(r, 'resolve');
END $$;

-- An outcome, written by the claim's holder. p = {id, claimToken, outcome, txHash, reason,
-- summary, served, settlerNonce}:
--   settled : pending -> settled with its hash (served: the first delivery is now); written
--             whoever holds the claim: the money moved, and that is the truth;
--   failed  : pending -> failed, by the holder only;
--   unknown : the holder lets go of the claim (the next presentation resolves it), keeping
--             the hash when one is known;
--   sending : the holder records the transaction it is about to broadcast (and its nonce).
-- Answers {state} with the row's status after the call, or 'lost' when the holder no longer
-- holds it (another request took it over).
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
        settler_nonce = coalesce((p->>'settlerNonce')::bigint, settler_nonce)
      WHERE id = r.id;
    RETURN jsonb_build_object('state', 'pending');
  END IF;
  RAISE EXCEPTION 'x402 ledger: unknown outcome %', outcome USING ERRCODE = 'invalid_parameter_value';
END $$;

-- Reconcile's batch. p = {minAgeSeconds, limit, leaseSeconds, claimToken}: settlements kept in
-- the x402_settlements log (by earlier versions) are moved into their rows first; then up to
-- `limit` pending rows older than minAgeSeconds whose request let go of them (or died) are
-- claimed with claimToken, so a concurrent presentation waits for the verdict, and returned.
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
      RETURNING x.id, x.payment, x.settler, x.tx_hash, x.submitted_at, x.created_at
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'payment', payment, 'settler', settler,
      'txHash', tx_hash, 'submitted', submitted_at IS NOT NULL) ORDER BY created_at), '[]'::jsonb)
    INTO rows FROM taken;
  RETURN jsonb_build_object('logged', moved, 'rows', rows);
END $$;

-- A settler nonce handed back (never broadcast) no longer belongs to the attempt that took it:
-- a row that recorded it before giving up must not hold it against the next payment.
CREATE OR REPLACE FUNCTION public.x402_release_settler_nonce(p_settler text, p_chain_id bigint, p_nonce bigint)
RETURNS boolean LANGUAGE sql AS $$
  WITH r AS (
    UPDATE public.x402_settler_nonces SET next_nonce = p_nonce, updated_at = now()
    WHERE settler_address = lower(p_settler) AND chain_id = p_chain_id AND next_nonce = p_nonce + 1
    RETURNING 1
  ), unheld AS (
    UPDATE public.x402_payments SET settler_nonce = NULL
    WHERE settler = 'direct' AND network = 'eip155:' || p_chain_id AND settler_nonce = p_nonce
      AND status <> 'settled'
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM r)
$$;
REVOKE ALL ON FUNCTION public.x402_release_settler_nonce(text, bigint, bigint) FROM PUBLIC;

-- Only the API key's role calls them.
REVOKE ALL ON FUNCTION public.x402_claim(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_record(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_stranded(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.x402_row_facts(public.x402_payments, text) FROM PUBLIC;
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY['x402_claim(jsonb)', 'x402_record(jsonb)', 'x402_stranded(jsonb)',
      'x402_row_facts(public.x402_payments, text)'] LOOP
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
