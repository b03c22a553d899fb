"""Background work of the forum: reply notifications leave the request at once."""

from django_tasks import task


@task()
def post_notifications_send(post_id):
    from forum.machina_models import Post
    from forum.services import post_notifications_deliver

    post = Post.objects.select_related("topic__forum").filter(pk=post_id, approved=True).first()
    if post is None:
        return 0
    return post_notifications_deliver(post)
