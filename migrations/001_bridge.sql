-- Bridge schema: third-party identities (WorkOS `user_01H...`, Kinde `kp_...`, Stytch
-- `user-test-...`) are not uuids, so ownership is a TEXT column compared with
-- requesting_user_id() instead of auth.uid() (which would fail the uuid cast).
-- Idempotent: every statement can run again on an already-migrated database.

CREATE OR REPLACE FUNCTION public.requesting_user_id() RETURNS text
LANGUAGE sql STABLE
AS $$ SELECT nullif(auth.jwt() ->> 'sub', '')::text $$;

GRANT EXECUTE ON FUNCTION public.requesting_user_id() TO anon, authenticated;

CREATE TABLE IF NOT EXISTS public.todos (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id text NOT NULL DEFAULT public.requesting_user_id(),
  title text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE public.todos ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS todos_select_own ON public.todos;
CREATE POLICY todos_select_own ON public.todos
  FOR SELECT TO authenticated
  USING (user_id = (SELECT public.requesting_user_id()));

DROP POLICY IF EXISTS todos_insert_own ON public.todos;
CREATE POLICY todos_insert_own ON public.todos
  FOR INSERT TO authenticated
  WITH CHECK (user_id = (SELECT public.requesting_user_id()));

DROP POLICY IF EXISTS todos_update_own ON public.todos;
CREATE POLICY todos_update_own ON public.todos
  FOR UPDATE TO authenticated
  USING (user_id = (SELECT public.requesting_user_id()))
  WITH CHECK (user_id = (SELECT public.requesting_user_id()));

DROP POLICY IF EXISTS todos_delete_own ON public.todos;
CREATE POLICY todos_delete_own ON public.todos
  FOR DELETE TO authenticated
  USING (user_id = (SELECT public.requesting_user_id()));

GRANT SELECT, INSERT, UPDATE, DELETE ON public.todos TO authenticated;
-- anon may query the table but no policy applies to it, so it sees zero rows
-- (an anonymous SDK select returns [] rather than a permission error).
GRANT SELECT ON public.todos TO anon;
-- project_admin bypasses RLS; grant explicitly in case the bootstrap's default
-- privileges did not cover a table created by another owner.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    EXECUTE 'GRANT ALL ON public.todos TO project_admin';
  END IF;
END
$$;
