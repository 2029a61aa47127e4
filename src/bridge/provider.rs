//! The provider table: every identity provider the bridges accept is ONE row here — its
//! secrets, where its issuer, keys and audience come from, which algorithms it signs with,
//! which claim carries a verified email, and the extra claim rules it needs. Adding a
//! provider is adding a row (plus its local stand-in and tests); no other code names one.
//!
//! Templates: `{}` is the value of the row's `anchor` secret, `{base}` Stytch's API base.

#[allow(unused_imports)]
use crate::prelude::*;

/// A signature algorithm a row accepts (`jwt.rs` parses): RS256 is checked in `crate::rsa`,
/// PS256 and ES256 by WebCrypto.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    Rs256,
    Ps256,
    Es256,
}

impl Alg {
    pub fn parse(name: &str) -> Option<Alg> {
        match name {
            "RS256" => Some(Alg::Rs256),
            "PS256" => Some(Alg::Ps256),
            "ES256" => Some(Alg::Es256),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Alg::Rs256 => "RS256",
            Alg::Ps256 => "PS256",
            Alg::Es256 => "ES256",
        }
    }
}

/// Where the signing keys come from when no pinned JWKS secret is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jwks {
    /// A URL template.
    Url(&'static str),
    /// `jwks_uri` of `<issuer>/.well-known/openid-configuration`, whose `issuer` must equal
    /// the configured issuer exactly.
    Discovery,
}

/// Which claim carries an email the provider vouches for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Email {
    /// The first string at one of these JSON pointers, only when the boolean at `verified`
    /// is `true`.
    Claim { at: &'static [&'static str], verified: &'static str },
    /// Stytch: the `email_factor` the session was authenticated with (using it proved
    /// control of the address).
    StytchFactor,
}

/// A claim rule beyond issuer, audience, times and subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Kinde machine-to-machine tokens (`gty` holds `client_credentials`) carry no user: 403.
    NoMachineTokens,
    /// The `https://stytch.com/session` claim: not expired, bounds the validity, has the email.
    StytchSession,
    /// Clerk: `azp`, when present, must be one of BRIDGE_ALLOWED_ORIGINS (which must be a list).
    AzpInAllowedOrigins,
    /// Cognito: `token_use` is `id` (audience in `aud`) or `access` (audience in `client_id`),
    /// and one OIDC_TOKEN_USE allows (default both).
    CognitoTokenUse,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Row {
    pub name: &'static str,
    /// The function the row is served by (`<family>-bridge`); rows of the `oidc` family are
    /// chosen by OIDC_PRESET (the generic row is named `oidc`).
    pub family: &'static str,
    /// The provider-specific secrets the function reads (the common ones are added).
    pub secrets: &'static [&'static str],
    /// The secret every template derives from.
    pub anchor: &'static str,
    /// The anchor's value when unset; `None` = required.
    pub anchor_default: Option<&'static str>,
    /// The anchor is a URL (https, or http on loopback), compared without a trailing slash
    /// unless `exact_issuer`.
    pub anchor_is_url: bool,
    /// A comma-list secret that replaces `issuers` when set.
    pub issuer_secret: Option<&'static str>,
    pub issuers: &'static [&'static str],
    /// The token's `iss` must equal an issuer byte for byte (OpenID Connect); else a trailing
    /// slash is ignored on both sides.
    pub exact_issuer: bool,
    /// A pinned JWKS document (no network call).
    pub jwks_secret: &'static str,
    /// A secret that replaces the default JWKS URL.
    pub jwks_url_secret: Option<&'static str>,
    pub jwks: Jwks,
    /// A comma-list secret of accepted audiences (any one must be in `aud`).
    pub audience_secret: Option<&'static str>,
    /// Audiences when the secret is unset; empty = `aud` not checked.
    pub audience_default: &'static [&'static str],
    /// The audience secret must be set: a token of any other client of the issuer is refused.
    pub audience_required: bool,
    pub algs: &'static [Alg],
    pub email: Email,
    pub checks: &'static [Check],
    /// Stytch: a credential that is not a JWT is an opaque session token for the API.
    pub opaque_sessions: bool,
    /// The JSON pointer of the claim that marks an anonymous (guest) user by holding `true`
    /// or `"anonymous"` (empty: the provider has none). OIDC_REFUSE_ANONYMOUS refuses them.
    pub anonymous: &'static str,
}

const RS256: &[Alg] = &[Alg::Rs256];
const OIDC_ALGS: &[Alg] = &[Alg::Rs256, Alg::Ps256, Alg::Es256];
const EMAIL_VERIFIED: Email = Email::Claim { at: &["/email"], verified: "/email_verified" };
const OIDC_SECRETS: &[&str] = &["OIDC_PRESET", "OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL", "OIDC_JWKS", "OIDC_TOKEN_USE", "OIDC_REFUSE_ANONYMOUS"];

/// The generic OpenID Connect row; each preset changes only what its provider needs.
const OIDC: Row = Row {
    name: "oidc",
    family: "oidc",
    secrets: OIDC_SECRETS,
    anchor: "OIDC_ISSUER",
    anchor_default: None,
    anchor_is_url: true,
    issuer_secret: None,
    issuers: &["{}"],
    exact_issuer: true,
    jwks_secret: "OIDC_JWKS",
    jwks_url_secret: Some("OIDC_JWKS_URL"),
    jwks: Jwks::Discovery,
    audience_secret: Some("OIDC_AUDIENCE"),
    audience_default: &[],
    audience_required: true,
    algs: OIDC_ALGS,
    email: EMAIL_VERIFIED,
    checks: &[],
    opaque_sessions: false,
    anonymous: "",
};

pub static TABLE: &[Row] = &[
    Row {
        name: "workos",
        family: "workos",
        secrets: &["WORKOS_CLIENT_ID", "WORKOS_ISSUER", "WORKOS_JWKS_URL", "WORKOS_JWKS"],
        anchor: "WORKOS_CLIENT_ID",
        anchor_default: None,
        anchor_is_url: false,
        issuer_secret: Some("WORKOS_ISSUER"),
        issuers: &["https://api.workos.com", "https://api.workos.com/user_management/{}"],
        exact_issuer: false,
        jwks_secret: "WORKOS_JWKS",
        jwks_url_secret: Some("WORKOS_JWKS_URL"),
        jwks: Jwks::Url("https://api.workos.com/sso/jwks/{}"),
        audience_secret: None,
        audience_default: &[],
        audience_required: false,
        algs: RS256,
        // A JWT template's `{{user.email}}` and `{{user.email_verified}}`.
        email: Email::Claim { at: &["/email", "/user_email"], verified: "/email_verified" },
        checks: &[],
        opaque_sessions: false,
        anonymous: "",
    },
    Row {
        name: "kinde",
        family: "kinde",
        secrets: &["KINDE_ISSUER_URL", "KINDE_AUDIENCE", "KINDE_JWKS_URL", "KINDE_JWKS"],
        anchor: "KINDE_ISSUER_URL",
        anchor_default: None,
        anchor_is_url: true,
        issuer_secret: None,
        issuers: &["{}"],
        exact_issuer: false,
        jwks_secret: "KINDE_JWKS",
        jwks_url_secret: Some("KINDE_JWKS_URL"),
        jwks: Jwks::Url("{}/.well-known/jwks.json"),
        // A list: an API audience for access tokens and the client id for ID tokens.
        audience_secret: Some("KINDE_AUDIENCE"),
        audience_default: &[],
        audience_required: false,
        algs: RS256,
        email: EMAIL_VERIFIED,
        checks: &[Check::NoMachineTokens],
        opaque_sessions: false,
        anonymous: "",
    },
    Row {
        name: "stytch",
        family: "stytch",
        secrets: &["STYTCH_PROJECT_ID", "STYTCH_SECRET", "STYTCH_API_BASE", "STYTCH_JWKS"],
        anchor: "STYTCH_PROJECT_ID",
        anchor_default: None,
        anchor_is_url: false,
        issuer_secret: None,
        issuers: &["stytch.com/{}", "{base}"],
        exact_issuer: false,
        jwks_secret: "STYTCH_JWKS",
        jwks_url_secret: None,
        jwks: Jwks::Url("{base}/v1/sessions/jwks/{}"),
        audience_secret: None,
        audience_default: &["{}"],
        audience_required: false,
        algs: RS256,
        email: Email::StytchFactor,
        checks: &[Check::StytchSession],
        opaque_sessions: true,
        anonymous: "",
    },
    OIDC,
    // Clerk (session tokens v1 `org_id`, v2 `o.id`): the same key signs every JWT template,
    // those made for third parties too (Convex's `aud: "convex"`, Hasura's), so OIDC_AUDIENCE
    // is required (the `aud` the app's session token customisation or own template sets);
    // `azp` is the origin that asked for the token.
    Row { name: "clerk", checks: &[Check::AzpInAllowedOrigins], ..OIDC },
    // Auth0: `iss` ends with a slash; access tokens have an audience array.
    Row { name: "auth0", ..OIDC },
    // Firebase ID tokens: iss `https://securetoken.google.com/<project>`, aud the project id;
    // an anonymous user signed in with the `anonymous` provider.
    Row { name: "firebase", anonymous: "/firebase/sign_in_provider", ..OIDC },
    // Cognito ID tokens (`aud`) and access tokens (`client_id`), told apart by `token_use`.
    Row { name: "cognito", checks: &[Check::CognitoTokenUse], ..OIDC },
    // Microsoft Entra v2: iss `https://login.microsoftonline.com/<tenant id>/v2.0`. An `email`
    // is only trusted with the optional claim `xms_edov` (the domain owner verified it).
    Row { name: "entra", email: Email::Claim { at: &["/email"], verified: "/xms_edov" }, ..OIDC },
    // Google ID tokens; Google documents `accounts.google.com` as an equivalent `iss`.
    Row { name: "google", anchor_default: Some("https://accounts.google.com"), issuers: &["{}", "accounts.google.com"], ..OIDC },
    // Supabase Auth access tokens (ES256 signing keys): aud `authenticated`. Supabase writes
    // no verification flag of its own into them (`user_metadata` is the user's to write), so
    // `email` is minted only with a top-level `email_verified: true` that the project's
    // Custom Access Token Hook adds. Anonymous users carry `is_anonymous: true`.
    Row { name: "supabase", audience_default: &["authenticated"], audience_required: false, anonymous: "/is_anonymous", ..OIDC },
];

/// The row of a function (`workos`, `kinde`, `stytch`), or of the `oidc` family by preset.
pub fn row(family: &str, preset: Option<&str>) -> Option<&'static Row> {
    let name = if family == "oidc" { preset.unwrap_or("oidc") } else { family };
    TABLE.iter().find(|r| r.family == family && r.name == name)
}

/// Whether `family` names a function.
pub fn is_family(family: &str) -> bool {
    TABLE.iter().any(|r| r.family == family)
}

/// The first row of a family, for its secret names (every row of a family reads the same).
pub fn family_row(family: &str) -> Option<&'static Row> {
    TABLE.iter().find(|r| r.family == family)
}

#[cfg(test)]
pub fn by_name(name: &str) -> &'static Row {
    TABLE.iter().find(|r| r.name == name).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_unique_and_families_share_their_secrets() {
        for (i, r) in TABLE.iter().enumerate() {
            assert!(TABLE[..i].iter().all(|o| o.name != r.name), "{}", r.name);
            assert_eq!(r.secrets, family_row(r.family).unwrap().secrets, "{}", r.name);
            assert!(r.secrets.contains(&r.anchor) && r.secrets.contains(&r.jwks_secret), "{}", r.name);
            assert!(!r.algs.is_empty());
        }
        assert_eq!(row("oidc", None).unwrap().name, "oidc");
        assert_eq!(row("oidc", Some("clerk")).unwrap().name, "clerk");
        assert_eq!(row("oidc", Some("workos")), None, "a preset is a row of the oidc family");
        assert_eq!(row("workos", Some("clerk")).unwrap().name, "workos");
        assert!(is_family("stytch") && !is_family("clerk"));
    }

    #[test]
    fn only_the_three_webcrypto_algorithms_exist() {
        for a in [Alg::Rs256, Alg::Ps256, Alg::Es256] {
            assert_eq!(Alg::parse(a.name()), Some(a));
        }
        for bad in ["none", "HS256", "RS384", "ES384", "EdDSA", "rs256", ""] {
            assert_eq!(Alg::parse(bad), None, "{bad}");
        }
    }
}
