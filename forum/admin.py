"""Forum attachments are private files: no Django-admin listing links to (or serves) them.

machina registers its Attachment model in the Django admin, whose list shows each file's URL;
private files have none (community/files.py). Attachments are reached through their post.
"""

from django.contrib import admin

from forum.machina_models import Attachment

if admin.site.is_registered(Attachment):
    admin.site.unregister(Attachment)
