-- The slice of InsForge's database surface that functions and migrations rely on.
-- Mirrors InsForge backend migrations 036 (auth.jwt), 044 (auth.uid/role/email on
-- request.jwt.claims) and 045 (project_admin BYPASSRLS + public grants), written anew.
-- Idempotent: safe on every start and against an existing DATABASE_URL.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'project_admin') THEN
    CREATE ROLE project_admin NOLOGIN;
  END IF;
  ALTER ROLE project_admin BYPASSRLS;
END
$$;

CREATE SCHEMA IF NOT EXISTS auth;

-- The request identity PostgREST (and our db-api) writes per transaction.
CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('request.jwt.claims', true), '')::jsonb $$;

-- Like InsForge: casts sub to uuid, so it FAILS for third-party ids (user_01H..., kp_...).
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT nullif(auth.jwt() ->> 'sub', '')::uuid $$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE
AS $$ SELECT nullif(auth.jwt() ->> 'role', '')::text $$;

CREATE OR REPLACE FUNCTION auth.email() RETURNS text
LANGUAGE sql STABLE
AS $$ SELECT nullif(auth.jwt() ->> 'email', '')::text $$;

GRANT USAGE ON SCHEMA auth TO anon, authenticated, project_admin;
GRANT EXECUTE ON FUNCTION auth.jwt(), auth.uid(), auth.role(), auth.email()
  TO anon, authenticated, project_admin;

GRANT USAGE ON SCHEMA public TO anon, authenticated;
GRANT ALL ON SCHEMA public TO project_admin;
GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO project_admin;
GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO project_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO project_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL PRIVILEGES ON TABLES TO project_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL PRIVILEGES ON SEQUENCES TO project_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO project_admin;
