"""The one place where matching's rules live. docs/matching.md explains them to editors; a test
(tests/matching/test_engine.py) pins the ranking they produce on a small fixture, so a change here
is a deliberate change of who a parent sees first.

Eligibility rules *filter*: a provider that does not meet them is not shown at all.
- topic: the provider helps with the chosen topic (one of its categories belongs to that topic);
- region: the provider serves the member's neighbourhood (or the whole municipality);
- age: the child's age lies within the provider's age range (no range = every age);
- target group: "for myself as a parent" keeps providers for everyone, parents and families;
  "for my child" keeps those for everyone, children, young people and families;
- free only: the member said "only free help", so paid help is left out.

Preferences *boost*: each one a provider meets adds its weight to the score. A preference the
provider does not declare (a service has no gender) adds nothing and is listed as "not used".
Ties go to the provider whose data was updated most recently, then to the newest record.
"""

WEIGHTS = {
    # A location in the member's neighbourhood, or the neighbourhood explicitly served: help nearby.
    "neighbourhood": 3,
    # Professional or experience expert, as the member prefers.
    "helper": 3,
    # Help in the member's language.
    "language": 3,
    # Online or in person, as the member prefers ("both" always meets it).
    "delivery": 2,
    # Gender of the helper (only people declare one; services never meet it).
    "gender": 2,
}

# Target groups a provider may have for each answer to "for whom".
TARGET_GROUPS = {
    "parent": ("everyone", "parents", "families"),
    "child": ("everyone", "children", "youth", "families"),
}

# At most this many results are ranked and paged through (10 per page).
MAX_RESULTS = 50
PAGE_SIZE = 10
