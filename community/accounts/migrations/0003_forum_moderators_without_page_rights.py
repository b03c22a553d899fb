"""Forum moderation and page publishing are separate roles.

The forum's moderator group used to be Wagtail's built-in "Moderators" group, which Wagtail's own
migrations give add/change/publish/lock rights on the whole page tree and on every collection, so
a forum moderator could publish or delete every partner's pages, courses and media. That group is
renamed "Forum moderators" (its members and forum permissions stay) and loses every Wagtail right;
Wagtail's built-in "Editors" group loses its tree-wide rights too. Tree-wide editing belongs to the
"Platform editors" group only (community/pages/services.py).
"""
from django.db import migrations

WAGTAIL_BUILT_IN_GROUPS = ("Moderators", "Editors")
FORUM_MODERATORS = "Forum moderators"


def separate_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for group in Group.objects.filter(name__in=WAGTAIL_BUILT_IN_GROUPS):
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
    old = Group.objects.filter(name="Moderators").first()
    if old is not None and not Group.objects.filter(name=FORUM_MODERATORS).exists():
        old.name = FORUM_MODERATORS
        old.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(separate_roles, migrations.RunPython.noop)]
