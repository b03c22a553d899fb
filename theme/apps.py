from django.apps import AppConfig


class ThemeConfig(AppConfig):
    name = "theme"
    label = "theme"
    verbose_name = "Theme"
