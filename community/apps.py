from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """The project core as an app of its own: no models, only start-up work such as its checks."""

    name = "community"
    label = "community"
    # Shown nowhere (the app has no models), so not in the translation catalogue.
    verbose_name = "Wijkplein core"

    def ready(self):
        from community import checks  # noqa: F401  (registers the system checks)
