-- Bridge claims: the flat claims BRIDGE_CLAIMS copies into the minted token (e.g. `org_id`
-- from Clerk's `o.id`) read in SQL, and an organisation-scoped example table.
-- Idempotent: every statement can run again on an already-migrated database.

-- A claim of the caller's token as TEXT (a string as is, other JSON values as their JSON
-- text); NULL when the token has no such claim, or it is empty.
CREATE OR REPLACE FUNCTION public.requesting_claim(name text) RETURNS text
LANGUAGE sql STABLE
AS $$ SELECT nullif(auth.jwt() ->> name, '')::text $$;

GRANT EXECUTE ON FUNCTION public.requesting_claim(text) TO anon, authenticated;

-- Rows belong to an organisation: every member of it (same `org_id` claim) reads and writes
-- them; a user whose token has no `org_id` sees and writes none.
CREATE TABLE IF NOT EXISTS public.org_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id text NOT NULL DEFAULT public.requesting_claim('org_id'),
  author_id text NOT NULL DEFAULT public.requesting_user_id(),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE public.org_notes ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS org_notes_select_org ON public.org_notes;
CREATE POLICY org_notes_select_org ON public.org_notes
  FOR SELECT TO authenticated
  USING (org_id = (SELECT public.requesting_claim('org_id')));

DROP POLICY IF EXISTS org_notes_insert_org ON public.org_notes;
CREATE POLICY org_notes_insert_org ON public.org_notes
  FOR INSERT TO authenticated
  WITH CHECK (org_id = (SELECT public.requesting_claim('org_id'))
              AND author_id = (SELECT public.requesting_user_id()));

DROP POLICY IF EXISTS org_notes_update_org ON public.org_notes;
CREATE POLICY org_notes_update_org ON public.org_notes
  FOR UPDATE TO authenticated
  USING (org_id = (SELECT public.requesting_claim('org_id')))
  WITH CHECK (org_id = (SELECT public.requesting_claim('org_id')));

DROP POLICY IF EXISTS org_notes_delete_org ON public.org_notes;
CREATE POLICY org_notes_delete_org ON public.org_notes
  FOR DELETE TO authenticated
  USING (org_id = (SELECT public.requesting_claim('org_id')));

GRANT SELECT, INSERT, UPDATE, DELETE ON public.org_notes TO authenticated;
GRANT SELECT ON public.org_notes TO anon;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    EXECUTE 'GRANT ALL ON public.org_notes TO project_admin';
  END IF;
END
$$;
