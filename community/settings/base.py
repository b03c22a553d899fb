"""Base settings: with environment variables these are the production settings.

Safe defaults: DEBUG is off and the project refuses to start without SECRET_KEY then.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from machina import MACHINA_MAIN_TEMPLATE_DIR

from community.env import env_bool, env_int, env_list, env_str
from plugins.manager import plugin_django_apps

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("WIJKPLEIN_VAR_DIR", str(BASE_DIR / "var")))
# The embedded default keeps its SQLite file, media and collected static files here.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "insecure-development-key-do-not-use-in-production"
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable (or DEBUG=true for development)."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our theme first so its templates and static files win.
    "theme",
    "community.accounts",
    "community.partners",
    "community.pages",
    "community.notifications",
    "community.moderation",
    "community.privacy",
    # The plugin registry (the one seam between features); outside plugins that are Django apps
    # are appended below, found through their entry points.
    "plugins",
    # Feature apps
    "selfhelp",
    "socialmap",
    # django-machina's apps (their labels are forum, forum_conversation, …) come before our forum
    # app: machina's class loader would otherwise take an app named "forum" for an override.
    "machina",
    "machina.apps.forum",
    "machina.apps.forum_conversation",
    "machina.apps.forum_conversation.forum_attachments",
    "machina.apps.forum_conversation.forum_polls",
    "machina.apps.forum_feeds",
    "machina.apps.forum_moderation",
    "machina.apps.forum_search",
    "machina.apps.forum_tracking",
    "machina.apps.forum_member",
    "machina.apps.forum_permission",
    "mptt",
    "haystack",
    "widget_tweaks",
    "forum.apps.PeerForumConfig",
    "forum.chat.apps.ChatConfig",
    "socialmap.mailbox.apps.MailboxConfig",
    "socialmap.matching.apps.MatchingConfig",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "community.accounts.apps.WijkpleinUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work and realtime
    "django_tasks",
    "django_tasks_db",
    "channels",
    # Maps: django-leaflet's widget in the Wagtail admin (the social map)
    "leaflet",
    # Django
    "community.admin_site.WijkpleinAdminConfig",  # django.contrib.admin, superusers only
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]
if DEBUG:
    INSTALLED_APPS.insert(0, "daphne")

# Installed plugins that are Django apps join INSTALLED_APPS without an edit here.
INSTALLED_APPS += [app for app in plugin_django_apps() if app not in INSTALLED_APPS]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "community.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "community.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "community.uploads.UploadLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "community.accounts.second_factor.SecondFactorRequiredMiddleware",
    "community.middleware.LanguagePreferenceMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "community.middleware.OutOfRangeIdMiddleware",
    "community.middleware.MalformedRequestMiddleware",
    # machina's permission middleware, minus its session write for anonymous visitors (see there).
    "forum.middleware.ForumPermissionMiddleware",
    "forum.middleware.PrivateForumGateMiddleware",
    "plugins.middleware.PluginGateMiddleware",
]

ROOT_URLCONF = "community.urls"
WSGI_APPLICATION = "community.wsgi.application"
ASGI_APPLICATION = "community.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # machina's own templates last: theme/templates overrides them one by one.
        "DIRS": [BASE_DIR / "theme" / "templates", MACHINA_MAIN_TEMPLATE_DIR],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "community.notifications.context_processors.notifications",
                "machina.core.context_processors.metadata",
            ],
        },
    },
]

# Database: SQLite file by default, PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'wijkplein.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves several workers (gunicorn, uvicorn) from one file: writers take
    # the lock when their transaction starts (IMMEDIATE) and wait up to 20 s for it, instead of
    # failing with "database is locked" when a read turns into a write (a read mark, a counter);
    # WAL lets readers go on while someone writes, and synchronous=NORMAL makes a commit cheap.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# machina's models use AutoField and name no default_auto_field: keep the global at AutoField
# so Django never wants migrations inside an installed package. Our apps set BigAutoField.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

REDIS_URL = env_str("REDIS_URL", "")


def redis_channel_layers(url):
    """The channel layer on Redis (also used by tests/chat/test_redis.py).

    Every consumer waits for its notices with a blocking BZPOPMIN that Redis answers after 5 s at
    the latest. redis-py 8 gives every read a 5-second socket timeout by default, which lost that
    race and closed idle websockets every few seconds (1011): allow reads longer than the blocking
    pop, yet still notice a Redis that stopped answering. redis-py 8 also caps a pool at 100
    connections and raises at once beyond that: each join and leave of a room takes one for a
    moment, so 250 tabs closing together (a restart, a room's session ending) failed their leave."""
    host = {"address": url, "socket_timeout": 15, "socket_connect_timeout": 5, "max_connections": 2000}
    return {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [host]}}}


if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    CHANNEL_LAYERS = redis_channel_layers(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# machina keeps uploaded attachments here while a post form is re-shown after an error.
CACHES["machina_attachments"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(VAR_DIR / "machina_attachments_cache"),
}

# Background work: immediate by default; the database backend with `manage.py db_worker` in scale mode.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"

# django-allauth: log in with email, sign up with email + password + pseudonym.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "community.accounts.forms.SignupExtraForm"
ACCOUNT_ADAPTER = "community.accounts.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Wijkplein] "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "community.accounts.second_factor.MFAAdapter"
MFA_TOTP_ISSUER = "Wijkplein"
# Staff, editors and moderators must use an authenticator app (community/accounts/second_factor.py).
WIJKPLEIN_REQUIRE_SECOND_FACTOR = True
# The one login door is allauth's. The Wagtail admin sends people to its own login URL
# (wagtailadmin_login, /admin/login/), which community/urls.py answers with a redirect there; it
# has no password screens of its own (change and reset go through allauth too).
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"

# Internationalisation: Dutch first, English available; the language is chosen with a
# session/cookie switch (Django's set_language view), so URLs stay the same in both.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "community" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("nl", "Nederlands")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Wijkplein"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No request to another host from any page: Wagtail's admin would show Gravatar pictures (and so
# send a hash of every staff email address to gravatar.com).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: console by default, SMTP when EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Wijkplein <noreply@wijkplein.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Security: secure by default; plain HTTP only when DEBUG is on.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
# django-leaflet's admin imports GeoDjango, so GDAL/GEOS must be installed (`make system-deps`);
# Django then warns that Debian 12's GDAL 3.6 is older than it supports (gis.W001). Only
# django-leaflet's map widget touches GDAL/GEOS (to read the point an editor places); no spatial
# database features are used, coordinates are plain latitude/longitude columns.
SILENCED_SYSTEM_CHECKS = ["gis.W001"]
if not SECURE_HSTS_PRELOAD:
    # Preloading is a deliberate, hard-to-undo choice for an operator, not a default.
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# Social map (socialmap/app_settings.py lists every SOCIALMAP_ setting and its default).
SOCIALMAP_GEOCODER = env_str("SOCIALMAP_GEOCODER", "gazetteer")
SOCIALMAP_NOMINATIM_USER_AGENT = env_str("SOCIALMAP_NOMINATIM_USER_AGENT", "")
# Map tiles: the browser asks this site's tile proxy (socialmap/tiles.py), which fetches from
# SOCIALMAP_TILE_UPSTREAM and caches on disk; or set SOCIALMAP_TILE_URL to your own tile server.
SOCIALMAP_TILE_URL = env_str("SOCIALMAP_TILE_URL", "/sociale-kaart/kaart/tegels/{z}/{x}/{y}.png")
SOCIALMAP_TILE_UPSTREAM = env_str("SOCIALMAP_TILE_UPSTREAM", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
SOCIALMAP_TILE_USER_AGENT = env_str("SOCIALMAP_TILE_USER_AGENT", "")
SOCIALMAP_TILE_CACHE_DIR = env_str("SOCIALMAP_TILE_CACHE_DIR", str(VAR_DIR / "tiles"))
SOCIALMAP_TILE_MAX_AGE = env_int("SOCIALMAP_TILE_MAX_AGE", 7 * 24 * 60 * 60)
SOCIALMAP_TILE_FETCHER = env_str("SOCIALMAP_TILE_FETCHER", "http")
# "south,west,north,east" in degrees; unset means the Netherlands.
SOCIALMAP_TILE_BOUNDS = env_list("SOCIALMAP_TILE_BOUNDS") or None
LEAFLET_CONFIG = {
    "TILES": SOCIALMAP_TILE_URL,
    "ATTRIBUTION_PREFIX": "OpenStreetMap",
    "DEFAULT_CENTER": (52.2549, 6.1603),
    "DEFAULT_ZOOM": 13,
}


def _origin(url):
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


# A strict Content-Security-Policy on the public site (no inline script or style anywhere).
_IMG_SRC = " ".join(filter(None, ["img-src 'self' data:", _origin(SOCIALMAP_TILE_URL)]))
_VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com"
WIJKPLEIN_CSP = env_str(
    "WIJKPLEIN_CSP",
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    # Map tiles come from this site (the tile proxy); only an absolute SOCIALMAP_TILE_URL (an
    # operator's own tile server) adds its host.
    f"{_IMG_SRC}; font-src 'self'; connect-src 'self'; frame-src 'self' {_VIDEO_FRAMES}; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
)
# The Wagtail and Django admins ship inline scripts and styles we do not control: inline code is
# allowed there, but nothing from another host, and only we may frame them (Wagtail's preview).
WIJKPLEIN_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]
WIJKPLEIN_ADMIN_CSP = env_str(
    "WIJKPLEIN_ADMIN_CSP",
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    f"{_IMG_SRC} blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' {_VIDEO_FRAMES}; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
)
# No page needs the camera, microphone or payment (the video plugin will ask for its own); the
# social map's "near me" button asks for the location on our own origin only.
WIJKPLEIN_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
    },
}
# The peer forum (django-machina, see forum/ and docs/operators.md).
MACHINA_FORUM_NAME = "Wijkplein forum"
MACHINA_BASE_TEMPLATE_NAME = "peer_forum/machina_base.html"
# Markdown rendered by markdown2 and then cleaned by nh3 (forum/rendering.py).
MACHINA_MARKUP_LANGUAGE = ("forum.rendering.render_post", {})
MACHINA_MARKUP_WIDGET = "django.forms.Textarea"
# Not MACHINA_POST_CONTENT_MAX_LENGTH: it changes machina's model field and so would need a
# migration inside machina's package. forum/forms.py adds the limit at form level instead.
FORUM_POST_MAX_LENGTH = env_int("FORUM_POST_MAX_LENGTH", 20000)
MACHINA_PROFILE_AVATARS_ENABLED = False
MACHINA_USER_DISPLAY_NAME_METHOD = "get_full_name"  # the pseudonym, never the email address
MACHINA_ATTACHMENT_MAX_FILES_PER_POST = 3
MACHINA_POLL_MAX_OPTIONS_PER_POLL = 10
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
        "PATH": env_str("FORUM_SEARCH_INDEX_DIR", str(VAR_DIR / "forum_search_index")),
    }
}
# Keep the search index current on every save and delete, without a manual update_index;
# held and hidden posts are kept out of it.
HAYSTACK_SIGNAL_PROCESSOR = "forum.search.ForumSignalProcessor"

# The safety core (community/moderation): what waits for a moderator, and for how long.
# Words that hold a text for a moderator's review (case-insensitive, whole words).
MODERATION_HELD_WORDS = env_list("MODERATION_HELD_WORDS", [])
# A member's texts wait for a moderator until this many are approved (0: no pre-moderation).
MODERATION_NEW_MEMBER_HELD_POSTS = env_int("MODERATION_NEW_MEMBER_HELD_POSTS", 2)
# After a sustained report, the member's texts wait for a moderator again for this many days.
MODERATION_TRUST_DAYS = env_int("MODERATION_TRUST_DAYS", 30)
# How long an item may wait before all moderators are alerted: "someone may be in danger" / other.
MODERATION_URGENT_MINUTES = env_int("MODERATION_URGENT_MINUTES", 30)
MODERATION_WAIT_HOURS = env_int("MODERATION_WAIT_HOURS", 24)

# Live chat (forum/chat): limits, the crisis word list and how long chats are kept (docs/operators.md).
CHAT_MAX_LENGTH = env_int("CHAT_MAX_LENGTH", 2000)
CHAT_RATE_MESSAGES = env_int("CHAT_RATE_MESSAGES", 5)
CHAT_RATE_SECONDS = env_int("CHAT_RATE_SECONDS", 5)
CHAT_PICKUP_MINUTES = env_int("CHAT_PICKUP_MINUTES", 10)
CHAT_DEFAULT_CAPACITY = env_int("CHAT_DEFAULT_CAPACITY", 3)
CHAT_GROUP_RETENTION_DAYS = env_int("CHAT_GROUP_RETENTION_DAYS", 90)
CHAT_DIRECT_RETENTION_DAYS = env_int("CHAT_DIRECT_RETENTION_DAYS", 30)
# Extra crisis words on top of the built-in Dutch and English list (forum/chat/app_settings.py).
CHAT_EXTRA_CRISIS_WORDS = env_list("CHAT_EXTRA_CRISIS_WORDS", [])

# Private mailbox (socialmap/mailbox): limits and how long closed conversations are kept (docs/operators.md).
MAILBOX_MAX_LENGTH = env_int("MAILBOX_MAX_LENGTH", 20_000)
MAILBOX_ATTACHMENT_MAX_BYTES = env_int("MAILBOX_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
MAILBOX_RETENTION_DAYS = env_int("MAILBOX_RETENTION_DAYS", 365)
# Privacy self-service (community/privacy): the grace period before an erase, how long a data
# download stays, and when inactive member accounts are erased (after a warning; 0 = never).
PRIVACY_ERASE_GRACE_DAYS = env_int("PRIVACY_ERASE_GRACE_DAYS", 7)
PRIVACY_EXPORT_DAYS = env_int("PRIVACY_EXPORT_DAYS", 7)
PRIVACY_INACTIVE_MONTHS = env_int("PRIVACY_INACTIVE_MONTHS", 24)
PRIVACY_INACTIVE_WARNING_DAYS = env_int("PRIVACY_INACTIVE_WARNING_DAYS", 30)
MAILBOX_THREAD_MESSAGES = env_int("MAILBOX_THREAD_MESSAGES", 50)
# Provider reports (admin → Rapportage): a figure about fewer people than this is not shown.
WIJKPLEIN_REPORT_MIN_GROUP = env_int("WIJKPLEIN_REPORT_MIN_GROUP", 10)

WIJKPLEIN_BASE_URL = env_str("WIJKPLEIN_BASE_URL", "http://127.0.0.1:8000")
ACCOUNT_USER_DISPLAY = "community.accounts.adapters.user_display"

# Private files (community/files.py; see docs/operators.md).
# Names under "private/" in the default storage live in PRIVATE_MEDIA_ROOT (outside MEDIA_ROOT,
# never under MEDIA_URL); STORAGES["private"] is that same root for our own models. Served only
# by views that check access: PRIVATE_MEDIA_SERVE = "django" | "x-accel" (nginx) | "x-sendfile".
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
PRIVATE_MEDIA_SERVE = env_str("PRIVATE_MEDIA_SERVE", "django")
PRIVATE_MEDIA_INTERNAL_URL = env_str("PRIVATE_MEDIA_INTERNAL_URL", "/_private/")
STORAGES["default"] = {"BACKEND": "community.files.RoutingFileSystemStorage"}
STORAGES["private"] = {"BACKEND": "community.files.PrivateFileSystemStorage"}

# Upload limits, sign-up timing, client IPs behind a proxy.
# A request body over this many bytes is refused with 413 before it is read (community/uploads.py).
WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE = env_int("WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE", 20 * 1024 * 1024)
# The first handler stops storing a file past the limit its view declares (max_upload_file_size).
FILE_UPLOAD_HANDLERS = [
    "community.uploads.PerFileLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Sign-up does the same password hashing whether or not the address already has an account.
ACCOUNT_FORMS = {"signup": "community.accounts.signup.SignupForm"}
# allauth's rate limits key on the client IP: behind our proxy, take it from X-Forwarded-For
# (the entry TRUSTED_PROXY_COUNT from the right) or from TRUSTED_CLIENT_IP_HEADER; never trust
# those headers without a proxy, or a client could pick its own IP.
_BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1) if _BEHIND_PROXY else 0
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = (env_str("TRUSTED_CLIENT_IP_HEADER", "") or None) if _BEHIND_PROXY else None
