"""Everything that changes the mailbox goes through here: access, starting, answering, assigning,
closing, the survey, read marks, drafts and retention.

Who may read a thread: its member, and the verified professionals of the provider organisation
(an active professional verification for that partner). Moderators see a single message only when
it was reported, through the safety core (socialmap/mailbox/moderation.py).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from community.accounts.models import Role
from community.accounts.roles import active_verified_verifications
from community.moderation import services as moderation
from community.notifications.services import notification_send
from socialmap.mailbox.app_settings import app_settings
from socialmap.mailbox.models import (
    Attachment,
    Draft,
    Message,
    ProviderMailbox,
    ReadMark,
    SurveyResponse,
    Thread,
)

MESSAGE_KIND = "mailbox.message"  # the safety core's content kind


# --- Who is who -------------------------------------------------------------------------------


def professional_verifications(now=None):
    return active_verified_verifications(now).filter(role=Role.PROFESSIONAL)


def staff_partner_ids(user):
    """The partner organisations whose mailbox `user` answers (active professional verifications)."""
    if not getattr(user, "pk", None):
        return set()
    cached = getattr(user, "_mailbox_partner_ids", None)
    if cached is None:
        cached = set(professional_verifications().filter(user=user).values_list("partner_id", flat=True))
        user._mailbox_partner_ids = cached
    return cached


def is_staff_of(user, partner_id):
    return partner_id in staff_partner_ids(user)


def staff_of(partner_id):
    """The active accounts that answer `partner_id`'s mailbox, by pseudonym."""
    from django.contrib.auth import get_user_model

    ids = professional_verifications().filter(partner_id=partner_id).values("user_id")
    return get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("pseudonym")


def may_read(user, thread):
    if not getattr(user, "pk", None):
        return False
    return thread.member_id == user.pk or is_staff_of(user, thread.partner_id)


def visible_threads(user):
    """The threads `user` may open: their own, and those of the providers they answer for."""
    from django.db.models import Q

    if not getattr(user, "pk", None):
        return Thread.objects.none()
    return Thread.objects.filter(Q(member=user) | Q(partner_id__in=staff_partner_ids(user)))


def thread_for(user, public_id):
    """The thread `public_id` if `user` may read it, else None (the view answers 404 either way)."""
    thread = visible_threads(user).select_related("partner", "member", "assigned_to").filter(public_id=public_id)
    return thread.first()


def reported_for_moderator(user, public_id):
    """A moderator may read the reported messages of a thread, and nothing else of it:
    (thread, ids of its messages that are in the moderation queue), or None."""
    from community.accounts.roles import is_moderator
    from community.moderation.models import QueueItem

    if not is_moderator(user):
        return None
    thread = Thread.objects.select_related("partner", "member").filter(public_id=public_id).first()
    if thread is None:
        return None
    ids = [str(pk) for pk in thread.messages.filter(kind=Message.Kind.TEXT).values_list("pk", flat=True)]
    reported = QueueItem.objects.filter(content_kind=MESSAGE_KIND, object_id__in=ids)
    reported = {int(object_id) for object_id in reported.values_list("object_id", flat=True)}
    return (thread, reported) if reported else None


# --- Providers --------------------------------------------------------------------------------


def mailbox_of(partner):
    mailbox, _created = ProviderMailbox.objects.get_or_create(partner=partner)
    return mailbox


def writable_partner_slug(partner_id):
    """The slug of partner `partner_id` if it accepts messages now, else None (one query)."""
    from django.db.models import Exists, OuterRef

    from community.partners.models import PartnerOrganisation

    if not partner_id:
        return None
    row = (
        PartnerOrganisation.objects.filter(pk=partner_id)
        .annotate(
            answers=Exists(professional_verifications().filter(partner=OuterRef("pk"), user__is_active=True)),
            off=Exists(ProviderMailbox.objects.filter(partner=OuterRef("pk"), active=False)),
        )
        .values("slug", "answers", "off")
        .first()
    )
    return row["slug"] if row and row["answers"] and not row["off"] else None


def helpdesk_partner_slug():
    """The slug of the platform's helpdesk partner if it accepts messages now, else None."""
    partner_id = ProviderMailbox.objects.filter(helpdesk=True).values_list("partner_id", flat=True).first()
    return writable_partner_slug(partner_id)


def accepts_messages(partner):
    """A provider can be written to when its mailbox is on and someone answers it."""
    return writable_partner_slug(partner.pk) is not None


def default_welcome(partner):
    return _(
        "Welcome to the mailbox of %(provider)s. Only you and the professionals of %(provider)s can read this "
        "conversation. We answer within two working days, usually sooner. You get an email without content when "
        "there is an answer. When we close the conversation, we ask you three short questions about how it went."
    ) % {"provider": partner.name}


def welcome_text(partner):
    mailbox = ProviderMailbox.objects.filter(partner=partner).first()
    return (mailbox.welcome.strip() if mailbox else "") or default_welcome(partner)


# --- Writing ----------------------------------------------------------------------------------


def thread_url(thread):
    return reverse("mailbox:thread", args=[thread.public_id])


def _check_text(text):
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write a message first."), code="empty")
    if len(text) > app_settings.MAX_LENGTH:
        raise ValidationError(
            _("Your message is too long: at most %(limit)s characters, please.") % {"limit": app_settings.MAX_LENGTH},
            code="too_long",
        )
    return text


def _check_not_silenced(user):
    restriction = moderation.silence_of(user)
    if restriction is not None:
        raise PermissionDenied(_("You cannot send messages at the moment. %(reason)s") % {"reason": restriction.reason})


def _attach(message, files):
    for upload in files or ():
        Attachment.objects.create(
            message=message,
            file=upload,
            filename=upload.name[:200],
            content_type=(getattr(upload, "content_type", "") or "application/octet-stream")[:100],
            size=upload.size,
        )


def _notify_provider(thread, kind, actor):
    """Tell the assigned professional, or (unassigned) every professional of the provider."""
    recipients = [thread.assigned_to] if thread.assigned_to_id else list(staff_of(thread.partner_id))
    for user in recipients:
        if user is not None and user.pk != getattr(actor, "pk", None):
            notification_send(user, kind, thread_url(thread), group=f"mailbox:{thread.pk}")


@transaction.atomic
def thread_start(
    member, partner, text, *, subject="", service=None, origin=Thread.Origin.DIRECT, files=(), assign_to=None
):
    """A member starts a conversation with `partner`: the provider's welcome message first, then theirs.

    `assign_to` (a professional of `partner` the member chose, e.g. from a match) gets it directly;
    anyone else is ignored and the conversation waits unassigned for the whole team."""
    if not getattr(member, "pk", None):
        raise PermissionDenied(_("Sign in to send a message."))
    _check_not_silenced(member)
    text = _check_text(text)
    if not accepts_messages(partner):
        raise ValidationError(_("This organisation does not receive messages through Wijkplein."), code="closed")
    now = timezone.now()
    thread = Thread.objects.create(
        partner=partner,
        member=member,
        service=service,
        origin=origin,
        subject=(subject or "").strip()[:150],
        last_message_at=now,
        assigned_to=assign_to if assign_to is not None and is_staff_of(assign_to, partner.pk) else None,
    )
    with override(getattr(member, "language", "") or None):
        welcome = welcome_text(partner)
    Message.objects.create(thread=thread, kind=Message.Kind.WELCOME, from_provider=True, text=welcome)
    message = Message.objects.create(thread=thread, author=member, text=text)
    _attach(message, files)
    ReadMark.objects.create(thread=thread, user=member, read_at=now)
    for user in [thread.assigned_to] if thread.assigned_to_id else staff_of(partner.pk):
        notification_send(user, "mailbox.new", thread_url(thread), group=f"mailbox:{thread.pk}")
    _crisis_check(thread, text)
    return thread


def helpdesk_handoff(member, text, *, origin="chat", subject=""):
    """Start a conversation with the platform's helpdesk for a question asked elsewhere (the chat
    when nobody is on duty). Returns its URL, or None when there is no helpdesk to take it."""
    from community.partners.models import PartnerOrganisation

    slug = helpdesk_partner_slug()
    if slug is None:
        return None
    partner = PartnerOrganisation.objects.get(slug=slug)
    origin = origin if origin in Thread.Origin.values else Thread.Origin.DIRECT
    return thread_url(thread_start(member, partner, text, subject=subject, origin=origin))


@transaction.atomic
def reply(user, thread, text, files=()):
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if not may_read(user, thread):
        raise PermissionDenied
    _check_not_silenced(user)
    text = _check_text(text)
    if not thread.is_open:
        raise ValidationError(
            _("This conversation is closed. Start a new conversation if you want to write again."), code="closed"
        )
    staff = user.pk != thread.member_id
    now = timezone.now()
    message = Message.objects.create(thread=thread, author=user, text=text, from_provider=staff)
    _attach(message, files)
    changed = {"last_message_at": now}
    if staff:
        if thread.first_response_at is None:
            changed["first_response_at"] = now
        if thread.assigned_to_id is None:
            changed["assigned_to"] = user  # whoever answers first takes it
    Thread.objects.filter(pk=thread.pk).update(**changed)
    for field, value in changed.items():
        setattr(thread, field, value)
    Draft.objects.filter(thread=thread, user=user).delete()
    mark_read(user, thread, now)
    if staff:
        if thread.member_id:
            notification_send(thread.member, "mailbox.answer", thread_url(thread), group=f"mailbox:{thread.pk}")
    else:
        _notify_provider(thread, "mailbox.message", user)
        _crisis_check(thread, text)
    return message


def _crisis_check(thread, text):
    """A member's message with a crisis phrase (the safety core's list) is never held: the
    professionals who can act are alerted at once (urgent, always emailed, without content)."""
    if not moderation.crisis_phrase_found(text):
        return False
    recipients = [thread.assigned_to] if thread.assigned_to_id else list(staff_of(thread.partner_id))
    for user in recipients:
        if user is not None:
            notification_send(user, "mailbox.crisis", thread_url(thread), group=f"mailbox.crisis:{thread.pk}")
    thread.crisis = True
    return True


def _require_staff(user, thread):
    if not is_staff_of(user, thread.partner_id):
        raise PermissionDenied


@transaction.atomic
def assign(actor, thread, assignee):
    """Give the thread to `assignee` (a professional of the same provider), or to nobody (None)."""
    _require_staff(actor, thread)
    if assignee is not None and not is_staff_of(assignee, thread.partner_id):
        raise ValidationError(_("Only a professional of this organisation can take this conversation."))
    Thread.objects.filter(pk=thread.pk).update(assigned_to=assignee)
    thread.assigned_to = assignee
    if assignee is not None and assignee.pk != actor.pk:
        notification_send(assignee, "mailbox.assigned", thread_url(thread), actor=actor, group=f"mailbox:{thread.pk}")


def _system(thread, text):
    return Message.objects.create(thread=thread, kind=Message.Kind.SYSTEM, from_provider=True, text=text)


@transaction.atomic
def close(actor, thread):
    _require_staff(actor, thread)
    if not thread.is_open:
        return thread
    now = timezone.now()
    Thread.objects.filter(pk=thread.pk).update(
        status=Thread.Status.CLOSED, closed_at=now, closed_by=actor, last_message_at=now
    )
    thread.status, thread.closed_at, thread.closed_by, thread.last_message_at = Thread.Status.CLOSED, now, actor, now
    with override(getattr(thread.member, "language", "") or None):
        _system(thread, _("%(provider)s closed this conversation.") % {"provider": thread.partner.name})
    if thread.member_id:
        notification_send(thread.member, "mailbox.closed", thread_url(thread), group=f"mailbox:{thread.pk}")
    return thread


@transaction.atomic
def reopen(actor, thread):
    _require_staff(actor, thread)
    if thread.is_open:
        return thread
    Thread.objects.filter(pk=thread.pk).update(status=Thread.Status.OPEN, closed_at=None, closed_by=None)
    thread.status, thread.closed_at, thread.closed_by = Thread.Status.OPEN, None, None
    with override(getattr(thread.member, "language", "") or None):
        _system(thread, _("%(provider)s opened this conversation again.") % {"provider": thread.partner.name})
    return thread


def survey_answer(member, thread, score, comment="", answers=None):
    """The member's survey after a closed thread; once per thread."""
    if thread.member_id != getattr(member, "pk", None):
        raise PermissionDenied
    if thread.is_open:
        raise ValidationError(_("You can answer the survey when the conversation has been closed."), code="open")
    if SurveyResponse.objects.filter(thread=thread).exists():
        raise ValidationError(_("You have already answered the survey for this conversation. Thank you!"), code="twice")
    try:
        with transaction.atomic():
            return SurveyResponse.objects.create(
                thread=thread, partner_id=thread.partner_id, score=score, comment=comment.strip(), answers=answers or {}
            )
    except IntegrityError:
        raise ValidationError(
            _("You have already answered the survey for this conversation. Thank you!"), code="twice"
        ) from None


# --- Reading ----------------------------------------------------------------------------------


def mark_read(user, thread, when=None):
    """`user` has read `thread` up to now. Reading it again without news writes nothing."""
    when = when or timezone.now()
    last = thread.last_message_at
    if last is not None and ReadMark.objects.filter(thread=thread, user=user, read_at__gte=last).exists():
        return
    ReadMark.objects.update_or_create(thread=thread, user=user, defaults={"read_at": when})


def draft_save(user, thread, text):
    if not may_read(user, thread):
        raise PermissionDenied
    text = (text or "")[: app_settings.MAX_LENGTH]
    if text.strip():
        Draft.objects.update_or_create(thread=thread, user=user, defaults={"text": text})
    else:
        Draft.objects.filter(thread=thread, user=user).delete()


def draft_of(user, thread):
    return Draft.objects.filter(thread=thread, user=user).values_list("text", flat=True).first() or ""


# --- Retention --------------------------------------------------------------------------------


def threads_delete(threads):
    """Delete threads with their messages and the attachment files (a row's delete leaves the file)."""
    names = list(Attachment.objects.filter(message__thread__in=threads).values_list("file", flat=True))
    count = threads.count()
    threads.delete()
    for name in names:
        Attachment._meta.get_field("file").storage.delete(name)
    return count


def retention_enforce(now=None):
    """Delete threads closed longer ago than MAILBOX_RETENTION_DAYS. Survey answers stay, unlinked."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=app_settings.RETENTION_DAYS)
    return threads_delete(Thread.objects.closed().filter(closed_at__lt=cutoff))
