"""Runs the vendored axe-core in a Playwright page and returns its serious and critical violations.

The public site sends a strict Content-Security-Policy (``script-src 'self'``), so an inline
``<script>`` tag (``page.add_script_tag(content=...)``) would be refused. ``page.evaluate`` runs
through the DevTools protocol, which the page's CSP does not govern, so axe runs on the page
exactly as visitors get it, with its CSP intact; ``axe_check`` then checks that axe really loaded.
"""

from functools import cache
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "vendor"
AXE_SOURCE = VENDOR / "axe.min.js"
AXE_VERSION = "4.14.1"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


@cache
def _axe_source():
    return AXE_SOURCE.read_text(encoding="utf-8")


def axe_check(page):
    """Return axe's serious and critical WCAG 2.x A/AA violations on the current page (a list of dicts)."""
    if not page.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        page.evaluate(_axe_source())
    version = page.evaluate("() => (window.axe && typeof window.axe.run === 'function') ? window.axe.version : null")
    assert version == AXE_VERSION, f"axe-core did not load in the page (got version {version!r})"
    results = page.evaluate(
        """async (tags) => {
            const results = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return {
                violations: results.violations.map((v) => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map((n) => n.target.join(' ')),
                })),
                passes: results.passes.length,
            };
        }""",
        AXE_TAGS,
    )
    # A run that checked nothing would "pass" silently: make sure axe really looked at the page.
    assert results["passes"] > 0, "axe-core ran but reported no passing rules at all"
    return [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]


def format_violations(url, violations):
    lines = [f"{len(violations)} serious/critical accessibility violation(s) on {url}:"]
    for violation in violations:
        targets = ", ".join(violation["targets"][:3])
        more = len(violation["targets"]) - 3
        if more > 0:
            targets += f" (+{more} more)"
        lines.append(f"  - {violation['id']} [{violation['impact']}]: {violation['help']} — {targets}")
    return "\n".join(lines)
