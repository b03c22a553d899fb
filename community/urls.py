"""Top-level URLs: the core's own, then the Wagtail page tree as the catch-all."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from community.accounts.views import WelcomeView, frontend_login_door, one_login_door
from community.pages import views as page_views
from community.pages.wagtail_hooks import explore_door
from community.privacy import views as privacy_views
from plugins.urls import builtin_urlpatterns, plugin_urlpatterns

urlpatterns = [
    # One login door (allauth: rate limits, verified email, two-step verification) for the site
    # and both admins: their own login pages only send people there.
    path("admin/login/", one_login_door, name="wagtailadmin_login_door"),
    path("django-admin/login/", one_login_door, name="django_admin_login_door"),
    path("_util/login/", frontend_login_door, name="wagtail_frontend_login_door"),
    # The explorer of another partner's draft is a 404 (community/pages/wagtail_hooks.py).
    path("admin/pages/<int:parent_page_id>/", explore_door),
    path("admin/pages/<int:parent_page_id>/results/", explore_door),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documenten/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("account/", include("allauth.urls")),
    path("profiel/privacy/", include("community.privacy.urls")),
    path("privacyverklaring/", privacy_views.privacy_statement, name="privacy-statement"),
    path("profiel/", include("community.accounts.urls")),
    path("welkom/", WelcomeView.as_view(), name="welcome"),
    path("aanbieder-worden/", include("community.partners.urls")),
    path("meldingen/", include("community.notifications.urls")),
    path("", include("community.moderation.urls")),
    path("zoeken/", page_views.SearchView.as_view(), name="search"),
    path("informatie-overzicht/", page_views.information_index_redirect, name="information-index"),
    path("onderwerpen-overzicht/", page_views.topic_index_redirect, name="topic-index"),
    # The built-in features' URLs and outside plugins' (under /plugins/<name>/), from the registry.
    *builtin_urlpatterns(),
    *plugin_urlpatterns(),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler403 = "community.pages.views.permission_denied"
handler404 = "community.pages.views.page_not_found"
handler500 = "community.pages.views.server_error"
