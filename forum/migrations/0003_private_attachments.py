"""Move existing forum attachments out of the public media root.

machina stored them as MEDIA_ROOT/machina/attachments/<original name>, readable by anyone who
guesses the name. Each one moves to a private, random name (private/forum-attachments/<random>/<name>,
kept in PRIVATE_MEDIA_ROOT by the default storage, see community/files.py); its row is updated and
the public copy deleted after commit. A row whose file is missing keeps its name (its download stays a 404).
Not reversible on purpose: we never put private files back in public.
"""
import logging
import os

from django.core.files.storage import default_storage
from django.db import migrations, transaction

logger = logging.getLogger(__name__)


def attachments_make_private(apps, schema_editor):
    from community.files import is_private_name, private_upload_name

    Attachment = apps.get_model("forum_attachments", "Attachment")
    for attachment in Attachment.objects.exclude(file__startswith="private/").only("pk", "file").iterator():
        old_name = attachment.file.name
        if not old_name or is_private_name(old_name):
            continue
        if not default_storage.exists(old_name):
            logger.warning("Forum attachment %s: file %r is missing; not moved", attachment.pk, old_name)
            continue
        with default_storage.open(old_name, "rb") as source:
            new_name = default_storage.save(private_upload_name("forum-attachments", os.path.basename(old_name)), source)
        Attachment.objects.filter(pk=attachment.pk).update(file=new_name)
        # Delete the public copy only once the new names are committed (never lose a file).
        transaction.on_commit(lambda name=old_name: default_storage.delete(name))


class Migration(migrations.Migration):
    dependencies = [
        ("peer_forum", "0002_topic_listing_index"),
        ("forum_attachments", "0002_auto_20181103_1404"),
    ]

    operations = [
        migrations.RunPython(attachments_make_private, migrations.RunPython.noop, elidable=True),
    ]
