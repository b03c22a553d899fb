"""Settings of the served benchmarks (bench/served.py): the production settings, from the same
environment variables, plus one bare Django view for comparison (bench/bench_urls.py).

Only bench/served.py points DJANGO_SETTINGS_MODULE here; the site never imports it.
"""

from community.settings.base import *  # noqa: F401,F403

ROOT_URLCONF = "bench.bench_urls"
