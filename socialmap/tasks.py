"""Background work of the social map: geocoding a location's address after it is saved."""

from django_tasks import task


@task()
def location_geocode_task(location_id):
    from socialmap.services import location_geocode

    return location_geocode(location_id=location_id)
