"""Credentials in the forms people really have, made up but shaped by each
format's published rules, and placeholders that only look like them.

Each entry of SECRETS is (kind, maker) where maker(rng) returns the text
of a small file or snippet holding one live-looking credential. PLACEHOLDERS
are near misses: the same files with a placeholder, a variable or a public
certificate.
"""
import base64
import hashlib
import hmac
import json
import string

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def r(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pw(rng):
    words = ["Maple", "river", "Quartz", "tiger", "Amber", "sunset", "Falcon", "cobalt"]
    return rng.choice(words) + r(rng, string.digits, 2) + rng.choice("!#%&*") + rng.choice(words).lower() + r(rng, string.digits, 2)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def jwt(rng):
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps({"sub": str(rng.randrange(10**6, 10**7)), "name": "Maria Lopez",
                              "iat": 1741944600, "exp": 1773480600}, separators=(",", ":")).encode())
    key = r(rng, B62, 32).encode()
    sig = b64url(hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"


def _jwk(rng):
    return json.dumps({"kty": "EC", "crv": "P-256", "kid": r(rng, B62, 8),
                       "x": b64url(bytes(rng.randrange(256) for _ in range(32))),
                       "y": b64url(bytes(rng.randrange(256) for _ in range(32))),
                       "d": b64url(bytes(rng.randrange(256) for _ in range(32)))}, indent=2)


def _pem_lines(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def ec_pem(rng, form):
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    from cryptography.hazmat.primitives import serialization as ser
    if form == "pkcs8-ed25519":
        k = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(rng.randrange(256) for _ in range(32)))
        return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption()).decode()
    k = ec.derive_private_key(rng.randrange(1, 2**255), ec.SECP256R1())
    fmt = ser.PrivateFormat.TraditionalOpenSSL if form == "sec1" else ser.PrivateFormat.PKCS8
    return k.private_bytes(ser.Encoding.PEM, fmt, ser.NoEncryption()).decode()


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def openssh_ed25519(rng):
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives import serialization as ser
    seed = bytes(rng.randrange(256) for _ in range(32))
    k = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    pub = k.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rng.randrange(2**32).to_bytes(4, "big")
    priv = check + check + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(b"maria@laptop")
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\0" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + \
        (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv)
    s = base64.b64encode(blob).decode("ascii")
    body = "\n".join(s[i:i + 70] for i in range(0, len(s), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----\n"


def putty(rng):
    pub = base64.b64encode(_sshstr(b"ssh-ed25519") + _sshstr(bytes(rng.randrange(256) for _ in range(32)))).decode()
    priv = base64.b64encode(_sshstr(bytes(rng.randrange(256) for _ in range(32)))).decode()
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20250314\n"
            f"Public-Lines: 2\n{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n{priv}\n"
            f"Private-MAC: {r(rng, HEX, 64)}\n")


def public_cert(rng):
    import datetime
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives import serialization as ser
    k = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(rng.randrange(256) for _ in range(32)))
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intranet.northwind-trading.com")])
    t0 = datetime.datetime(2025, 1, 1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(k.public_key()).serial_number(rng.randrange(1, 2**63))
            .not_valid_before(t0).not_valid_after(t0 + datetime.timedelta(days=730))
            .sign(k, None))
    return cert.public_bytes(ser.Encoding.PEM).decode()


def _env(name, value):
    return f"# application settings\nAPP_ENV=production\nLOG_LEVEL=info\n{name}={value}\n"


def secrets(rng):
    """(kind, text) pairs, one per credential format."""
    host = rng.choice(["db.internal.northwind-trading.com", "10.20.3.14", "pg-prod-2.acme-corp.net"])
    user = rng.choice(["app_user", "svc_billing", "maria"])
    p = pw(rng)
    gh = "ghp_" + r(rng, B62, 36)
    npm_tok = "npm_" + r(rng, B62, 36)
    pypi_tok = "pypi-AgEIcHlwaS5vcmc" + r(rng, B64U, 120)
    aws_id = "AKIA" + r(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    aws_secret = r(rng, B62 + "/+", 40)
    azure_key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    sa = {"type": "service_account", "project_id": "billing-prod-4471", "private_key_id": r(rng, HEX, 40),
          "private_key": ec_pem(rng, "pkcs8"), "client_email": "ci-deploy@billing-prod-4471.iam.gserviceaccount.com",
          "client_id": r(rng, string.digits, 21), "token_uri": "https://oauth2.googleapis.com/token"}
    return [
        ("pypi-token", _env("PYPI_TOKEN", pypi_tok)),
        ("npm-token", _env("NPM_TOKEN", npm_tok)),
        ("crates-token", _env("CARGO_REGISTRY_TOKEN", "cio" + r(rng, B62, 32))),
        ("rubygems-key", _env("GEM_HOST_API_KEY", "rubygems_" + r(rng, HEX, 48))),
        ("nuget-key", _env("NUGET_API_KEY", "oy2" + r(rng, string.ascii_lowercase + string.digits, 43))),
        ("github-pat", _env("GITHUB_TOKEN", gh)),
        ("github-fine-grained", _env("GH_TOKEN", "github_pat_11" + r(rng, UP, 20) + "_" + r(rng, B62, 59))),
        ("gitlab-pat", _env("GITLAB_TOKEN", "glpat-" + r(rng, B62 + "-_", 20))),
        ("bitbucket-app-password", f"BITBUCKET_USERNAME=maria_l\nBITBUCKET_APP_PASSWORD=ATBB{r(rng, B62, 28)}{r(rng, HEX.upper(), 8)}\n"),
        ("slack-bot-token", _env("SLACK_BOT_TOKEN", f"xoxb-{r(rng, string.digits, 12)}-{r(rng, string.digits, 13)}-{r(rng, B62, 24)}")),
        ("slack-webhook", _env("SLACK_WEBHOOK_URL", f"https://hooks.slack.com/services/T{r(rng, UP, 10)}/B{r(rng, UP, 10)}/{r(rng, B62, 24)}")),
        ("discord-webhook", _env("DISCORD_WEBHOOK", f"https://discord.com/api/webhooks/{r(rng, string.digits, 18)}/{r(rng, B64U, 68)}")),
        ("telegram-bot-token", _env("TELEGRAM_BOT_TOKEN", f"{r(rng, string.digits, 10)}:AA{r(rng, B64U, 33)}")),
        ("twilio", f"TWILIO_ACCOUNT_SID=AC{r(rng, HEX, 32)}\nTWILIO_AUTH_TOKEN={r(rng, HEX, 32)}\n"),
        ("sendgrid", _env("SENDGRID_API_KEY", f"SG.{r(rng, B64U, 22)}.{r(rng, B64U, 43)}")),
        ("mailgun", _env("MAILGUN_API_KEY", "key-" + r(rng, HEX, 32))),
        ("openai", _env("OPENAI_API_KEY", "sk-proj-" + r(rng, B64U, 156))),
        ("anthropic", _env("ANTHROPIC_API_KEY", "sk-ant-api03-" + r(rng, B64U, 93) + "AA")),
        ("huggingface", _env("HF_TOKEN", "hf_" + r(rng, string.ascii_letters, 34))),
        ("cohere", _env("COHERE_API_KEY", r(rng, B62, 40))),
        ("stripe", _env("STRIPE_SECRET_KEY", "sk_live_51" + r(rng, B62, 97))),
        ("paypal-braintree", _env("BRAINTREE_ACCESS_TOKEN", f"access_token$production${r(rng, string.ascii_lowercase + string.digits, 16)}${r(rng, HEX, 32)}")),
        ("square", _env("SQUARE_ACCESS_TOKEN", "EAAA" + r(rng, B64U, 60))),
        ("aws", f"[default]\naws_access_key_id = {aws_id}\naws_secret_access_key = {aws_secret}\nregion = eu-west-3\n"),
        ("gcp-service-account", json.dumps(sa, indent=2) + "\n"),
        ("gcp-api-key", _env("GOOGLE_MAPS_API_KEY", "AIza" + r(rng, B64U, 35))),
        ("azure-storage", f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=nwdocs{r(rng, string.digits, 3)};AccountKey={azure_key};EndpointSuffix=core.windows.net\n"),
        ("digitalocean", _env("DIGITALOCEAN_TOKEN", "dop_v1_" + r(rng, HEX, 64))),
        ("cloudflare", _env("CLOUDFLARE_API_TOKEN", r(rng, B64U, 40))),
        ("jwt", f"Authorization: Bearer {jwt(rng)}\n"),
        ("jwk-private", _jwk(rng) + "\n"),
        ("npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={npm_tok}\n"),
        ("pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {pypi_tok}\n"),
        ("netrc", f"machine api.northwind-trading.com\n  login {user}\n  password {p}\n"),
        ("git-credentials", f"https://maria-lopez:{gh}@github.com\n"),
        ("url-userinfo", f"Backups are pushed to sftp://{user}:{p}@{host}/backups every night.\n"),
        ("curl-u", f"curl -u {user}:{p} https://{host}/api/v2/export -o export.json\n"),
        ("xml-password", f'<?xml version="1.0"?>\n<config>\n  <database host="{host}">\n    <user>{user}</user>\n    <password>{p}</password>\n  </database>\n</config>\n'),
        ("ini-password", f"[database]\nhost = {host}\nuser = {user}\npassword = {p}\n"),
        ("php-define", f"<?php\ndefine('DB_HOST', '{host}');\ndefine('DB_USER', '{user}');\ndefine('DB_PASSWORD', '{p}');\n"),
        ("yaml-password", f"database:\n  host: {host}\n  username: {user}\n  password: \"{p}\"\n"),
        ("db-url-postgres", _env("DATABASE_URL", f"postgres://{user}:{p}@{host}:5432/billing")),
        ("db-mongodb", _env("MONGODB_URI", f"mongodb+srv://{user}:{p}@cluster0.{r(rng, string.ascii_lowercase, 5)}.mongodb.net/prod")),
        ("db-sqlserver", f"Server={host};Database=Payroll;User Id={user};Password={p};\n"),
        ("pem-ec-sec1", ec_pem(rng, "sec1")),
        ("pem-pkcs8", ec_pem(rng, "pkcs8")),
        ("pem-ed25519", ec_pem(rng, "pkcs8-ed25519")),
        ("openssh-key", openssh_ed25519(rng)),
        ("putty-key", putty(rng)),
    ]


def placeholders(rng):
    """(kind, text) near misses: nothing here is a live credential."""
    return [
        ("placeholder-your-api-key", _env("OPENAI_API_KEY", "YOUR_API_KEY")),
        ("placeholder-variable", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"),
        ("placeholder-angle", _env("GITHUB_TOKEN", "<your-token>")),
        ("placeholder-stars", "[database]\nhost = localhost\nuser = app\npassword = ********\n"),
        ("placeholder-changeme", "database:\n  username: admin\n  password: changeme\n"),
        ("placeholder-xxx", _env("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx")),
        ("placeholder-dots", "[default]\naws_access_key_id = ...\naws_secret_access_key = ...\n"),
        ("placeholder-env-ref", "password: ${DB_PASSWORD}\nurl: postgres://app:${DB_PASSWORD}@db:5432/app\n"),
        ("placeholder-php-getenv", "<?php\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\n"),
        ("public-certificate", public_cert(rng)),
        ("public-ssh-key", "ssh-ed25519 " + base64.b64encode(_sshstr(b"ssh-ed25519") + _sshstr(bytes(rng.randrange(256) for _ in range(32)))).decode() + " maria@laptop\n"),
        ("docs-about-keys", "Store your API key in an environment variable such as OPENAI_API_KEY and never commit it. Rotate keys that leaked, and use a password manager for passwords.\n"),
        ("hash-not-secret", f"sha256 of the release: {r(rng, HEX, 64)}\ncommit {r(rng, HEX, 40)}\n"),
        ("uuid-not-secret", "request_id = " + "-".join(r(rng, HEX, n) for n in (8, 4, 4, 4, 12)) + "\n"),
    ]
