"""Every hook in plugins/hookspecs.py has its own `### name` heading in docs/plugins.md (as Datasette does)."""

import re
from pathlib import Path

from plugins.manager import registry

DOCS = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"


def test_every_hook_is_documented():
    headings = set(re.findall(r"^### ([a-z_]+)\s*$", DOCS.read_text(encoding="utf-8"), flags=re.MULTILINE))
    missing = [name for name in registry.hook_names() if name not in headings]
    assert not missing, f"Hooks without a '### name' heading in docs/plugins.md: {missing}"


def test_every_documented_hook_exists():
    """A `### name` heading in the hooks section names a real hook (no stale documentation)."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## The hooks") :]
    section = section[: section.index("\n## ", 1)]
    headings = re.findall(r"^### ([a-z_]+)\s*$", section, flags=re.MULTILINE)
    assert sorted(headings) == sorted(registry.hook_names())
