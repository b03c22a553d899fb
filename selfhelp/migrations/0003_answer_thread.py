"""Coach feedback becomes a thread under a shared answer: CoachFeedback is renamed AnswerMessage
(every existing row is kept, as a message from the coach), and answers remember whose turn it is."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def waiting_since_from_shared_at(apps, schema_editor):
    """Answers already waiting for feedback have waited since they were shared."""
    ExerciseAnswer = apps.get_model("selfhelp", "ExerciseAnswer")
    ExerciseAnswer.objects.filter(shared_with_coach=True, feedback_pending=True).update(
        waiting_since=models.F("shared_at")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("selfhelp", "0002_lesson_plugin_block"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameModel("CoachFeedback", "AnswerMessage"),
        migrations.RenameField("answermessage", "coach", "author"),
        migrations.AlterField(
            model_name="answermessage",
            name="answer",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="messages", to="selfhelp.exerciseanswer"
            ),
        ),
        migrations.AddField(
            model_name="answermessage",
            name="from_coach",
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name="exerciseanswer",
            name="reply_pending",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="exerciseanswer",
            name="waiting_since",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(waiting_since_from_shared_at, migrations.RunPython.noop),
    ]
