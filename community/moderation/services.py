"""Every write of the safety core: holds, reports, handling them, alerts, measures and the rota.

Features call these; they never write queue items, reports or log entries themselves. Whoever has
to act is told (the moderators on duty, else all moderators), and whoever asked hears the outcome
(the reporter, the author).
"""

import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.accounts.roles import is_moderator, moderator_q
from community.moderation.app_settings import app_settings
from community.moderation.kinds import content_kind, content_kinds
from community.moderation.models import DutyShift, LogEntry, QueueItem, Reason, Report, Restriction
from community.notifications.services import notification_send

# --- The log -------------------------------------------------------------------------------------


def log(moderator, action, *, kind="", object_id="", item=None, target_user=None, note=""):
    """Write one step to the moderation log; every moderation path calls this, so the log is complete."""
    if item is not None:
        kind, object_id = item.content_kind, item.object_id
        target_user = target_user if target_user is not None else item.author
    return LogEntry.objects.create(
        moderator=moderator if getattr(moderator, "pk", None) else None,
        action=action,
        content_kind=kind,
        object_id=str(object_id) if object_id != "" else "",
        item=item,
        target_user=target_user,
        note=note,
    )


# --- Who is told -----------------------------------------------------------------------------------


def moderators():
    return get_user_model().objects.filter(moderator_q(), is_active=True).distinct().order_by("pk")


def moderators_on_duty(now=None):
    """The moderators whose shift runs now; when nobody is on duty, all moderators."""
    now = now or timezone.now()
    on_duty = moderators().filter(pk__in=DutyShift.objects.current(now).values("moderator_id"))
    return list(on_duty) or list(moderators())


def _queue_url(item=None):
    return reverse("moderation:item", args=[item.pk]) if item is not None else reverse("moderation:queue")


def _alert(kind, item, recipients):
    # Nobody moderates their own text; when that leaves nobody (the only moderator on duty wrote
    # it), every other moderator is alerted instead.
    recipients = [user for user in recipients if user.pk != item.author_id]
    if not recipients:
        recipients = [user for user in moderators() if user.pk != item.author_id]
    for user in recipients:
        notification_send(
            user,
            kind,
            _queue_url(item) if item.urgent or kind == "moderation.overdue" else _queue_url(),
            subject=item.place_label,
            group=f"{kind}:{item.pk}" if item.urgent else kind,
        )


def _due(created, urgent):
    if urgent:
        return created + timedelta(minutes=app_settings.URGENT_MINUTES)
    return created + timedelta(hours=app_settings.WAIT_HOURS)


def _pending_item(kind_key, object_id, content=None):
    """The pending queue item of this content, created if there is none (race-safe)."""
    object_id = str(object_id)
    item = QueueItem.objects.select_for_update().filter(content_kind=kind_key, object_id=object_id).pending().first()
    if item is not None:
        return item, False
    now = timezone.now()
    fields = {"created_at": now, "due_at": _due(now, False)}
    if content is not None:
        fields.update(author=content.author, place=content.place[:100], place_label=content.place_label[:200])
    try:
        with transaction.atomic():
            return QueueItem.objects.create(content_kind=kind_key, object_id=object_id, **fields), True
    except IntegrityError:  # created by a concurrent request
        return QueueItem.objects.pending().get(content_kind=kind_key, object_id=object_id), False


# --- Holding before publication ---------------------------------------------------------------------


def held_word_found(text):
    words = app_settings.HELD_WORDS
    if not words or not text:
        return None
    lowered = text.lower()
    for word in words:
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", lowered):
            return word
    return None


def crisis_phrase_found(text):
    """The first phrase that signals acute danger in `text` (whole words, any case), or None.

    The phrases come from every feature through the `crisis_phrases` hook (the chat's list, which
    administrators edit under Settings → Chat), so the chat and the mailbox alert on the same words.
    A crisis phrase never blocks a message: the caller alerts the people who can help now.
    """
    import plugins

    if not text:
        return None
    lowered = text.lower()
    for phrase in plugins.collect("crisis_phrases"):
        phrase = str(phrase).strip().lower()
        if phrase and re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lowered):
            return phrase
    return None


def approved_count(user):
    return sum(kind.approved_count(user) for kind in content_kinds().values())


def _sustained_report_since(user, since):
    return QueueItem.objects.filter(
        author=user,
        status__in=[QueueItem.Status.HIDDEN, QueueItem.Status.WARNED],
        handled_at__gte=since,
    ).exists()


def hold_reason(user, text, *, new_member_rules=True):
    """Why a text by `user` must wait for a moderator before others see it, or None.

    In order: moderators are never held; a word from the word list holds anyone else; a moderator's
    "pre-moderate" measure holds, their "trust" measure frees; otherwise a member is held until
    NEW_MEMBER_HELD_POSTS of their texts are approved, and again for TRUST_DAYS after a sustained
    report (a text of theirs hidden, or a warning). A live conversation with a host present (the
    chat) passes `new_member_rules=False`: only the word list and a moderator's measure hold there.
    """
    if user is None or not getattr(user, "pk", None) or is_moderator(user):
        return None
    word = held_word_found(text)
    if word:
        return _("held word: %(word)s") % {"word": word}
    measures = set(Restriction.objects.active().filter(user=user).values_list("kind", flat=True))
    if Restriction.Kind.PREMODERATE in measures:
        return _("pre-moderation set by a moderator")
    if Restriction.Kind.TRUST in measures or not new_member_rules:
        return None
    threshold = app_settings.NEW_MEMBER_HELD_POSTS
    if threshold and approved_count(user) < threshold:
        return _("new member")
    if _sustained_report_since(user, timezone.now() - timedelta(days=app_settings.TRUST_DAYS)):
        return _("recent report")
    return None


@transaction.atomic
def hold(kind_key, object_id, *, author=None, reason=""):
    """Content was kept out of view until a moderator approves it: queue it and alert the moderators."""
    content = content_kind(kind_key).get(object_id)
    item, created = _pending_item(kind_key, object_id, content)
    item.held, item.hold_reason = True, reason[:200]
    if author is not None:
        item.author = author
    item.save(update_fields=["held", "hold_reason", "author"])
    log(None, LogEntry.Action.HOLD, item=item, note=reason)
    _alert("moderation.held", item, moderators_on_duty())
    return item


# --- Reports ---------------------------------------------------------------------------------------


@transaction.atomic
def report_create(kind_key, object_id, reporter, reason, explanation=""):
    """A member reports content they can see. One report per member per pending item (a second one
    updates the first); "someone may be in danger" makes the item urgent and alerts at once."""
    if reason not in Reason.values:
        raise ValidationError(_("Choose what is wrong."))
    kind = content_kind(kind_key)
    content = kind.visible_to(reporter, object_id)
    if content is None or (content.author is not None and content.author.pk == reporter.pk):
        raise PermissionDenied  # not visible to them, or their own text
    item, _created = _pending_item(kind_key, object_id, content)
    report, new = Report.objects.update_or_create(
        item=item, reporter=reporter, defaults={"reason": reason, "explanation": explanation[:1000]}
    )
    became_urgent = reason == Reason.UNSAFE and not item.urgent
    if became_urgent:
        item.urgent = True
        item.due_at = min(item.due_at, _due(timezone.now(), True))
        item.save(update_fields=["urgent", "due_at"])
    if became_urgent:
        _alert("moderation.urgent", item, moderators_on_duty())
    elif new:
        _alert("moderation.report", item, moderators_on_duty())
    if new or became_urgent:
        kind.reported(report)
    return report


# --- Handling ----------------------------------------------------------------------------------------

RESOLUTIONS = {
    "approve": (QueueItem.Status.APPROVED, LogEntry.Action.APPROVE),
    "hide": (QueueItem.Status.HIDDEN, LogEntry.Action.HIDE),
    "warn": (QueueItem.Status.WARNED, LogEntry.Action.WARN),
}


@transaction.atomic
def item_resolve(item, moderator, action, note=""):
    """A moderator handles a queue item: approve (show / keep), hide, or warn the author.

    The reporters hear that their report was looked at; the author hears what happened to their text.
    """
    try:
        status, log_action = RESOLUTIONS[action]
    except KeyError:
        raise ValueError(f"Unknown action {action!r}") from None
    item = QueueItem.objects.select_for_update().get(pk=item.pk)
    kind = content_kind(item.content_kind)
    content = kind.get(item.object_id)
    if not (is_moderator(moderator) and (content is None or kind.may_moderate(moderator, content))):
        raise PermissionDenied
    if item.author_id == moderator.pk:
        raise PermissionDenied  # another moderator handles reports about one's own text
    if item.status != QueueItem.Status.PENDING:
        raise ValidationError(_("Another moderator has already handled this."))
    if content is not None:
        if action == "hide" and not content.hidden:
            kind.hide(item.object_id)
        elif action in ("approve", "warn") and content.hidden and (item.held or action == "approve"):
            # Approve shows it (again); "keep it and warn" publishes a held text too.
            kind.restore(item.object_id)
            if item.held:
                object_id = item.object_id
                transaction.on_commit(lambda: kind.published(object_id))
    item.status, item.handled_by, item.handled_at, item.note = status, moderator, timezone.now(), note
    item.save(update_fields=["status", "handled_by", "handled_at", "note"])
    log(moderator, log_action, item=item, note=note)
    _outcome_tell(item, action, content)
    return item


def _outcome_tell(item, action, content):
    reporters = get_user_model().objects.filter(moderation_reports__item=item, is_active=True).distinct()
    for reporter in reporters:
        if reporter.pk != item.author_id:
            notification_send(reporter, "moderation.report_outcome", reverse("moderation:my-reports"))
    author = item.author
    if author is None or not author.is_active or content is None:
        return
    title = content.title
    if action == "approve" and item.held:
        notification_send(author, "moderation.approved", content.url, subject=title)
    elif action == "hide":
        notification_send(author, "moderation.hidden", content.url, subject=title)
    elif action == "warn":
        notification_send(author, "moderation.warning", reverse("moderation:my-measures"), subject=title)


@transaction.atomic
def content_hide(kind_key, object_id, moderator, note=""):
    """A moderator hides content directly (not from the queue); a pending item is closed with it."""
    item = QueueItem.objects.pending().filter(content_kind=kind_key, object_id=str(object_id)).first()
    if item is not None:
        return item_resolve(item, moderator, "hide", note)
    kind = content_kind(kind_key)
    content = kind.get(object_id)
    if content is None or not (is_moderator(moderator) and kind.may_moderate(moderator, content)):
        raise PermissionDenied
    kind.hide(object_id)
    log(moderator, LogEntry.Action.HIDE, kind=kind_key, object_id=object_id, target_user=content.author, note=note)
    if content.author is not None:
        notification_send(content.author, "moderation.hidden", content.url, subject=content.title)
    return None


@transaction.atomic
def content_restore(kind_key, object_id, moderator, note=""):
    """Undo a hide or approve held content: shown again, and the step is in the log."""
    item = QueueItem.objects.pending().filter(content_kind=kind_key, object_id=str(object_id)).first()
    if item is not None:
        return item_resolve(item, moderator, "approve", note)
    kind = content_kind(kind_key)
    content = kind.get(object_id)
    if content is None or not (is_moderator(moderator) and kind.may_moderate(moderator, content)):
        raise PermissionDenied
    kind.restore(object_id)
    # The earlier decision is undone: it no longer counts against the author's trust.
    QueueItem.objects.filter(content_kind=kind_key, object_id=str(object_id), status=QueueItem.Status.HIDDEN).update(
        status=QueueItem.Status.APPROVED
    )
    log(moderator, LogEntry.Action.RESTORE, kind=kind_key, object_id=object_id, target_user=content.author, note=note)
    return None


# --- Waiting too long ----------------------------------------------------------------------------------


def escalate_overdue(now=None):
    """Alert every moderator about items that waited past their time; each item once. Idempotent."""
    now = now or timezone.now()
    escalated = 0
    everyone = list(moderators())
    for item in QueueItem.objects.overdue(now).filter(escalated_at__isnull=True).order_by("due_at")[:500]:
        with transaction.atomic():
            if not QueueItem.objects.filter(pk=item.pk, escalated_at__isnull=True).update(escalated_at=now):
                continue
            log(None, LogEntry.Action.ESCALATE, item=item)
            _alert("moderation.overdue", item, everyone)
        escalated += 1
    return escalated


# --- Measures for members --------------------------------------------------------------------------

MEASURE_LOG = {
    Restriction.Kind.PREMODERATE: LogEntry.Action.PREMODERATE,
    Restriction.Kind.SILENCE: LogEntry.Action.SILENCE,
    Restriction.Kind.TRUST: LogEntry.Action.TRUST,
}


def silence_of(user, now=None):
    """The active silence of `user` (its `reason` and `ends_at` are for them to read), or None."""
    if not getattr(user, "pk", None):
        return None
    return Restriction.objects.active(now).filter(user=user, kind=Restriction.Kind.SILENCE).order_by("-ends_at").first()


@transaction.atomic
def restrict(user, kind, moderator, *, reason="", days=None):
    """Put a measure on a member (replacing an active one of the same kind, and trust and
    pre-moderation exclude each other). The member is told, with the reason."""
    if not is_moderator(moderator):
        raise PermissionDenied
    if kind not in Restriction.Kind.values:
        raise ValueError(f"Unknown measure {kind!r}")
    if user.pk == moderator.pk:
        raise ValidationError(_("You cannot set a measure for yourself."))
    if is_moderator(user):
        raise ValidationError(_("Moderators cannot set measures for each other; ask an administrator."))
    if kind == Restriction.Kind.SILENCE and not days:
        raise ValidationError(_("Say for how many days the member is silenced."))
    now = timezone.now()
    replaced = {kind}
    if kind in (Restriction.Kind.PREMODERATE, Restriction.Kind.TRUST):
        replaced = {Restriction.Kind.PREMODERATE, Restriction.Kind.TRUST}
    Restriction.objects.active(now).filter(user=user, kind__in=replaced).update(lifted_at=now, lifted_by=moderator)
    restriction = Restriction.objects.create(
        user=user,
        kind=kind,
        reason=reason[:300],
        created_by=moderator,
        created_at=now,
        ends_at=now + timedelta(days=days) if days else None,
    )
    log(moderator, MEASURE_LOG[kind], target_user=user, note=reason)
    if kind != Restriction.Kind.TRUST:
        notification_send(user, "moderation.measure", reverse("moderation:my-measures"))
    return restriction


@transaction.atomic
def restriction_lift(restriction, moderator, note=""):
    if not is_moderator(moderator):
        raise PermissionDenied
    if restriction.lifted_at is not None:
        return restriction
    restriction.lifted_at, restriction.lifted_by = timezone.now(), moderator
    restriction.save(update_fields=["lifted_at", "lifted_by"])
    log(moderator, LogEntry.Action.LIFT, target_user=restriction.user, note=note or restriction.get_kind_display())
    if restriction.kind != Restriction.Kind.TRUST:
        user = restriction.user
        notification_send(user, "moderation.measure", reverse("moderation:my-measures"))
    return restriction


# --- The rota ---------------------------------------------------------------------------------------


def _require_moderator(user):
    if not is_moderator(user):
        raise PermissionDenied


@transaction.atomic
def duty_start(moderator, hours):
    """ "I am on duty now" for `hours`: the alerts come to me (and to the others on duty)."""
    _require_moderator(moderator)
    now = timezone.now()
    DutyShift.objects.current(now).filter(moderator=moderator).update(ends_at=now)
    return DutyShift.objects.create(moderator=moderator, starts_at=now, ends_at=now + timedelta(hours=hours))


def duty_stop(moderator):
    _require_moderator(moderator)
    now = timezone.now()
    return DutyShift.objects.current(now).filter(moderator=moderator).update(ends_at=now)


def duty_plan(moderator, starts_at, hours):
    _require_moderator(moderator)
    if starts_at < timezone.now() - timedelta(minutes=5):
        raise ValidationError(_("Choose a moment in the future."))
    return DutyShift.objects.create(
        moderator=moderator, starts_at=starts_at, ends_at=starts_at + timedelta(hours=hours)
    )


def duty_cancel(shift, moderator):
    """A moderator removes a planned shift of their own (a running one ends now)."""
    _require_moderator(moderator)
    if shift.moderator_id != moderator.pk:
        raise PermissionDenied
    now = timezone.now()
    if shift.starts_at <= now:
        DutyShift.objects.filter(pk=shift.pk).update(ends_at=now)
    else:
        shift.delete()
