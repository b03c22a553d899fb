"""What the platform offers, as a small registry: features add themselves, the core never imports them.

A feature app calls `feature_register(...)` in its AppConfig.ready(); the home page and the main
navigation show registered features with a link and the others as "coming soon". The plugin
registry will add its items through the same function.
"""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass
class Feature:
    key: str
    title: str
    description: str
    url_name: str | None = None
    order: int = 100
    in_main_menu: bool = True
    on_home: bool = True
    icon: str = ""
    url_kwargs: dict = field(default_factory=dict)

    @property
    def url(self):
        if not self.url_name:
            return None
        try:
            return reverse(self.url_name, kwargs=self.url_kwargs or None)
        except NoReverseMatch:
            return None


# The capabilities research says online support must offer; each feature app fills in its URL.
_FEATURES = {
    "information": Feature(
        "information",
        _("Information"),
        _("Reliable information about raising children, stress, sleep and more."),
        url_name="information-index",
        order=10,
        icon="book",
    ),
    "topics": Feature(
        "topics",
        _("Topics"),
        _("Everything about one theme together."),
        url_name="topic-index",
        order=15,
        on_home=False,
    ),
    "selfhelp": Feature(
        "selfhelp",
        _("Self-help courses"),
        _("Work on what matters to you, alone or with a coach."),
        order=20,
        icon="path",
    ),
    "forum": Feature(
        "forum", _("Forum"), _("Talk with other parents who know what it is like."), order=30, icon="chat"
    ),
    "chat": Feature(
        "chat", _("Chat"), _("Chat live with an experience expert or a professional."), order=40, icon="bubble"
    ),
    "socialmap": Feature("socialmap", _("Social map"), _("Find help near you in Deventer."), order=50, icon="pin"),
}


def feature_register(key, *, url_name, title=None, description=None, order=None, in_main_menu=True, icon=""):
    feature = _FEATURES.get(key) or Feature(key, title or key, description or "", icon=icon)
    feature.url_name = url_name
    if title:
        feature.title = title
    if description:
        feature.description = description
    if order is not None:
        feature.order = order
    if icon:
        feature.icon = icon
    feature.in_main_menu = in_main_menu
    _FEATURES[key] = feature
    return feature


def features():
    return sorted(_FEATURES.values(), key=lambda f: f.order)


def home_features():
    return [feature for feature in features() if feature.on_home]
