//! Every credential format the issue lists (issue 14), with values made
//! up at random but shaped by each format's published rules (prefix,
//! alphabet, length), and a near miss of the same file (a placeholder, a
//! variable, a public half, a value too short to be issued), in a text
//! file, a Word paragraph and a spreadsheet cell. The values change with
//! `CREDENTIALS_SEED`.

mod util;

use airlock::scan::{Category, Limits, scan_bytes};
use util::{XorShift, docx, xlsx};

const B62: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64U: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX: &[u8] = b"0123456789abcdef";
const LOWER_DIGITS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const DIGITS: &[u8] = b"0123456789";

fn pick(rng: &mut XorShift, alphabet: &[u8], n: usize) -> String {
    (0..n)
        .map(|_| char::from(alphabet[rng.below(alphabet.len())]))
        .collect()
}

/// A password of the kind people choose: two words, digits and a sign.
fn password(rng: &mut XorShift) -> String {
    const WORDS: &[&str] = &["Maple", "river", "Quartz", "tiger", "Amber", "Falcon"];
    format!(
        "{}{}!{}{}",
        WORDS[rng.below(WORDS.len())],
        pick(rng, DIGITS, 2),
        WORDS[rng.below(WORDS.len())].to_lowercase(),
        pick(rng, DIGITS, 2)
    )
}

fn env(name: &str, value: &str) -> String {
    format!("# application settings\nAPP_ENV=production\n{name}={value}\n")
}

/// A PEM block of `label` with a base64 body of `bytes` random bytes.
fn pem(rng: &mut XorShift, label: &str, bytes: usize) -> String {
    let body = pick(rng, B64, bytes * 4 / 3);
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}

type Maker = fn(&mut XorShift) -> (String, String);

/// (format, maker of a real value's file and of its near miss).
const FORMATS: &[(&str, Maker)] = &[
    ("pypi-token", |r| {
        let t = format!("pypi-AgEIcHlwaS5vcmc{}", pick(r, B64U, 120));
        (env("PYPI_TOKEN", &t), env("PYPI_TOKEN", "${PYPI_TOKEN}"))
    }),
    ("npm-token", |r| {
        let t = format!("npm_{}", pick(r, B62, 36));
        (env("NPM_TOKEN", &t), env("NPM_TOKEN", "<your-npm-token>"))
    }),
    ("crates-io-token", |r| {
        let t = format!("cio{}", pick(r, B62, 32));
        (
            env("CARGO_REGISTRY_TOKEN", &t),
            env("CARGO_REGISTRY_TOKEN", "YOUR_TOKEN"),
        )
    }),
    ("rubygems-key", |r| {
        let t = format!("rubygems_{}", pick(r, HEX, 48));
        (
            env("GEM_HOST_API_KEY", &t),
            env("GEM_HOST_API_KEY", "changeme"),
        )
    }),
    ("nuget-key", |r| {
        let t = format!("oy2{}", pick(r, LOWER_DIGITS, 43));
        (env("NUGET_API_KEY", &t), env("NUGET_API_KEY", "xxxxxxxx"))
    }),
    ("github-pat", |r| {
        let t = format!("ghp_{}", pick(r, B62, 36));
        (env("GITHUB_TOKEN", &t), env("GITHUB_TOKEN", "ghp_..."))
    }),
    ("github-fine-grained", |r| {
        let t = format!(
            "github_pat_11{}_{}",
            pick(r, UPPER_DIGITS, 20),
            pick(r, B62, 59)
        );
        (
            env("GH_TOKEN", &t),
            env("GH_TOKEN", "${{ secrets.GH_TOKEN }}"),
        )
    }),
    ("gitlab-pat", |r| {
        let t = format!("glpat-{}", pick(r, B62, 20));
        (
            env("GITLAB_TOKEN", &t),
            env("GITLAB_TOKEN", "glpat-xxxxxxxxxxxxxxxxxxxx"),
        )
    }),
    ("bitbucket-app-password", |r| {
        let t = format!(
            "ATBB{}{}",
            pick(r, B62, 28),
            pick(r, b"0123456789ABCDEF", 8)
        );
        (
            format!("BITBUCKET_USERNAME=maria_l\nBITBUCKET_APP_PASSWORD={t}\n"),
            "BITBUCKET_USERNAME=maria_l\nBITBUCKET_APP_PASSWORD=<app password>\n".into(),
        )
    }),
    ("slack-bot-token", |r| {
        let t = format!(
            "xoxb-{}-{}-{}",
            pick(r, DIGITS, 12),
            pick(r, DIGITS, 13),
            pick(r, B62, 24)
        );
        (
            env("SLACK_BOT_TOKEN", &t),
            env("SLACK_BOT_TOKEN", "xoxb-your-token"),
        )
    }),
    ("slack-webhook", |r| {
        let t = format!(
            "https://hooks.slack.com/services/T{}/B{}/{}",
            pick(r, UPPER_DIGITS, 10),
            pick(r, UPPER_DIGITS, 10),
            pick(r, B62, 24)
        );
        (
            env("SLACK_WEBHOOK_URL", &t),
            env("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/..."),
        )
    }),
    ("discord-webhook", |r| {
        let t = format!(
            "https://discord.com/api/webhooks/{}/{}",
            pick(r, DIGITS, 18),
            pick(r, B64U, 68)
        );
        (
            env("DISCORD_WEBHOOK", &t),
            env("DISCORD_WEBHOOK", "${DISCORD_WEBHOOK}"),
        )
    }),
    ("telegram-bot-token", |r| {
        let t = format!("{}:AA{}", pick(r, DIGITS, 10), pick(r, B64U, 33));
        (
            env("TELEGRAM_BOT_TOKEN", &t),
            env("TELEGRAM_BOT_TOKEN", "123456:ABC-your-token"),
        )
    }),
    ("twilio", |r| {
        (
            format!(
                "TWILIO_ACCOUNT_SID=AC{}\nTWILIO_AUTH_TOKEN={}\n",
                pick(r, HEX, 32),
                pick(r, HEX, 32)
            ),
            "TWILIO_ACCOUNT_SID=ACxxxxxxxx\nTWILIO_AUTH_TOKEN=your_auth_token\n".into(),
        )
    }),
    ("sendgrid", |r| {
        let t = format!("SG.{}.{}", pick(r, B64U, 22), pick(r, B64U, 43));
        (
            env("SENDGRID_API_KEY", &t),
            env("SENDGRID_API_KEY", "SG.xxxxx"),
        )
    }),
    ("mailgun", |r| {
        let t = format!("key-{}", pick(r, HEX, 32));
        (
            env("MAILGUN_API_KEY", &t),
            env("MAILGUN_API_KEY", "key-..."),
        )
    }),
    ("openai", |r| {
        let t = format!("sk-proj-{}", pick(r, B64U, 156));
        (env("OPENAI_API_KEY", &t), env("OPENAI_API_KEY", "sk-..."))
    }),
    ("anthropic", |r| {
        let t = format!("sk-ant-api03-{}AA", pick(r, B64U, 93));
        (
            env("ANTHROPIC_API_KEY", &t),
            env("ANTHROPIC_API_KEY", "sk-ant-..."),
        )
    }),
    ("hugging-face", |r| {
        let t = format!("hf_{}", pick(r, &B62[..52], 34));
        (env("HF_TOKEN", &t), env("HF_TOKEN", "hf_xxx"))
    }),
    ("cohere", |r| {
        let t = pick(r, B62, 40);
        (
            env("COHERE_API_KEY", &t),
            env("COHERE_API_KEY", "<COHERE_API_KEY>"),
        )
    }),
    ("stripe", |r| {
        let t = format!("sk_live_51{}", pick(r, B62, 97));
        (
            env("STRIPE_SECRET_KEY", &t),
            env("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
        )
    }),
    ("paypal-braintree", |r| {
        let t = format!(
            "access_token$production${}${}",
            pick(r, LOWER_DIGITS, 16),
            pick(r, HEX, 32)
        );
        (
            env("BRAINTREE_ACCESS_TOKEN", &t),
            env("BRAINTREE_ACCESS_TOKEN", "access_token$sandbox$..."),
        )
    }),
    ("square", |r| {
        let t = format!("EAAA{}", pick(r, B64U, 60));
        (
            env("SQUARE_ACCESS_TOKEN", &t),
            env("SQUARE_ACCESS_TOKEN", "EAAA..."),
        )
    }),
    ("aws", |r| {
        (
            format!(
                "[default]\naws_access_key_id = AKIA{}\naws_secret_access_key = {}\n",
                pick(r, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
                pick(r, B64, 40)
            ),
            "[default]\naws_access_key_id = ...\naws_secret_access_key = ...\n".into(),
        )
    }),
    ("gcp-api-key", |r| {
        let t = format!("AIza{}", pick(r, B64U, 35));
        (
            env("GOOGLE_MAPS_API_KEY", &t),
            env("GOOGLE_MAPS_API_KEY", "AIza..."),
        )
    }),
    ("gcp-service-account", |r| {
        let key = pem(r, "PRIVATE KEY", 138).replace('\n', "\\n");
        (
            format!(
                "{{\"type\": \"service_account\", \"project_id\": \"billing-4471\", \"private_key\": \"{key}\", \"client_email\": \"ci@billing-4471.iam.gserviceaccount.com\"}}\n"
            ),
            "{\"type\": \"service_account\", \"project_id\": \"billing-4471\", \"client_email\": \"ci@billing-4471.iam.gserviceaccount.com\"}\n".into(),
        )
    }),
    ("azure-storage", |r| {
        (
            format!(
                "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=nwdocs{};AccountKey={}==;EndpointSuffix=core.windows.net\n",
                pick(r, DIGITS, 3),
                pick(r, B64, 86)
            ),
            "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=nwdocs;AccountKey=<key>;EndpointSuffix=core.windows.net\n".into(),
        )
    }),
    ("digitalocean", |r| {
        let t = format!("dop_v1_{}", pick(r, HEX, 64));
        (
            env("DIGITALOCEAN_TOKEN", &t),
            env("DIGITALOCEAN_TOKEN", "dop_v1_..."),
        )
    }),
    ("cloudflare", |r| {
        let t = pick(r, B64U, 40);
        (
            env("CLOUDFLARE_API_TOKEN", &t),
            env("CLOUDFLARE_API_TOKEN", "your-cloudflare-token"),
        )
    }),
    ("jwt", |r| {
        // {"alg":"HS256","typ":"JWT"} and a body with a subject and times.
        let t = format!(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI{}IiwiaWF0IjoxNzQxOTQ0NjAwfQ.{}",
            pick(r, B62, 12),
            pick(r, B64U, 43)
        );
        (
            format!("Authorization: Bearer {t}\n"),
            "Authorization: Bearer <token>\n".into(),
        )
    }),
    ("jwk-private", |r| {
        let part = |r: &mut XorShift| pick(r, B64U, 43);
        let (x, y, d) = (part(r), part(r), part(r));
        (
            format!(
                "{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\",\"d\":\"{d}\"}}\n"
            ),
            format!("{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\"}}\n"),
        )
    }),
    ("npmrc", |r| {
        (
            format!(
                "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_{}\n",
                pick(r, B62, 36)
            ),
            "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"
                .into(),
        )
    }),
    ("pypirc", |r| {
        (
            format!(
                "[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{}\n",
                pick(r, B64U, 120)
            ),
            "[pypi]\nusername = __token__\npassword = <your PyPI token>\n".into(),
        )
    }),
    ("netrc", |r| {
        let p = password(r);
        (
            format!("machine api.northwind-trading.com\n  login maria\n  password {p}\n"),
            "machine api.northwind-trading.com\n  login maria\n  password YOUR_PASSWORD\n".into(),
        )
    }),
    ("git-credentials", |r| {
        (
            format!("https://maria-lopez:ghp_{}@github.com\n", pick(r, B62, 36)),
            "https://maria-lopez@github.com\n".into(),
        )
    }),
    ("url-userinfo", |r| {
        let p = password(r);
        (
            format!("Backups go to sftp://svc_backup:{p}@10.20.3.14/backups every night.\n"),
            "Backups go to sftp://svc_backup@10.20.3.14/backups every night.\n".into(),
        )
    }),
    ("curl-u", |r| {
        let p = password(r);
        (
            format!("curl -u svc_billing:{p} https://api.example.net/v2/export\n"),
            "curl -u svc_billing https://api.example.net/v2/export\n".into(),
        )
    }),
    ("xml-password", |r| {
        let p = password(r);
        (
            format!(
                "<config><database><user>app</user><password>{p}</password></database></config>\n"
            ),
            "<config><database><user>app</user><password>********</password></database></config>\n"
                .into(),
        )
    }),
    ("ini-password", |r| {
        let p = password(r);
        (
            format!("[database]\nhost = db.internal\nuser = app\npassword = {p}\n"),
            "[database]\nhost = db.internal\nuser = app\npassword = ********\n".into(),
        )
    }),
    ("php-define", |r| {
        let p = password(r);
        (
            format!("<?php\ndefine('DB_USER', 'app');\ndefine('DB_PASSWORD', '{p}');\n"),
            "<?php\ndefine('DB_USER', 'app');\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\n"
                .into(),
        )
    }),
    ("yaml-password", |r| {
        let p = password(r);
        (
            format!("database:\n  username: app\n  password: \"{p}\"\n"),
            "database:\n  username: app\n  password: changeme\n".into(),
        )
    }),
    ("env-db-password", |r| {
        let p = password(r);
        (env("DB_PASSWORD", &p), env("DB_PASSWORD", "${DB_PASSWORD}"))
    }),
    ("postgres-url", |r| {
        let p = password(r);
        (
            env(
                "DATABASE_URL",
                &format!("postgres://app:{p}@db.internal:5432/billing"),
            ),
            env(
                "DATABASE_URL",
                "postgres://app:${DB_PASSWORD}@db.internal:5432/billing",
            ),
        )
    }),
    ("mongodb-url", |r| {
        let p = password(r);
        (
            env(
                "MONGODB_URI",
                &format!("mongodb+srv://app:{p}@cluster0.abcde.mongodb.net/prod"),
            ),
            env(
                "MONGODB_URI",
                "mongodb+srv://<user>:<password>@cluster0.abcde.mongodb.net/prod",
            ),
        )
    }),
    ("sqlserver-connection", |r| {
        let p = password(r);
        (
            format!("Server=db.internal;Database=Payroll;User Id=app;Password={p};\n"),
            "Server=db.internal;Database=Payroll;Integrated Security=true;\n".into(),
        )
    }),
    ("pem-rsa", |r| {
        (pem(r, "RSA PRIVATE KEY", 600), pem(r, "PUBLIC KEY", 270))
    }),
    ("pem-pkcs8", |r| {
        (pem(r, "PRIVATE KEY", 138), pem(r, "CERTIFICATE", 400))
    }),
    ("pem-ec", |r| {
        (pem(r, "EC PRIVATE KEY", 121), pem(r, "PUBLIC KEY", 91))
    }),
    ("pem-encrypted", |r| {
        (
            pem(r, "ENCRYPTED PRIVATE KEY", 200),
            pem(r, "CERTIFICATE REQUEST", 300),
        )
    }),
    ("openssh", |r| {
        (
            pem(r, "OPENSSH PRIVATE KEY", 300).replacen(
                "-----\n",
                "-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n",
                1,
            ),
            format!(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} maria@laptop\n",
                pick(r, B64, 43)
            ),
        )
    }),
    ("putty", |r| {
        (
            format!(
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{}\nPrivate-Lines: 1\n{}\nPrivate-MAC: {}\n",
                pick(r, B64, 43),
                pick(r, B64, 44),
                pick(r, HEX, 64)
            ),
            format!(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} eddsa-key\n",
                pick(r, B64, 43)
            ),
        )
    }),
];

fn private(name: &str, bytes: &[u8]) -> bool {
    scan_bytes(name, bytes, &Limits::default(), 0)
        .iter()
        .any(|f| f.category == Category::SensitiveData)
}

#[test]
fn every_credential_format_is_found_in_text_word_and_spreadsheet() {
    let seed = std::env::var("CREDENTIALS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_1234_u64);
    let mut rng = XorShift(seed | 1);
    let mut wrong = Vec::new();
    for (format, make) in FORMATS {
        let (real, near) = make(&mut rng);
        for (carrier, real_bytes, near_bytes) in [
            ("txt", real.clone().into_bytes(), near.clone().into_bytes()),
            ("docx", docx(&real), docx(&near)),
            ("xlsx", xlsx(&real), xlsx(&near)),
        ] {
            let name = format!("settings.{carrier}");
            if !private(&name, &real_bytes) {
                wrong.push(format!("{format} in .{carrier}: missed\n{real}"));
            }
            if private(&name, &near_bytes) {
                wrong.push(format!("{format} in .{carrier}: near miss flagged\n{near}"));
            }
        }
    }
    assert!(wrong.is_empty(), "seed {seed}: {wrong:#?}");
}
