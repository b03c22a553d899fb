"""Outside plugins' URLs live under /plugins/<name>/ and answer 404 while the plugin is disabled."""

from django.http import Http404

from plugins.manager import registry

PREFIX = "/plugins/"


class PluginGateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(PREFIX):
            from plugins.state import is_enabled

            name = request.path_info[len(PREFIX) :].split("/", 1)[0]
            record = registry.load().record(name)
            if record is None or not is_enabled(name, request=request):
                raise Http404("No such plugin")
        return self.get_response(request)
