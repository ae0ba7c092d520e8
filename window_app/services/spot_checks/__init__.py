"""Random spot checks (双随机抽查, work plan items 23, 31, 33): draw, verify, record results.

A supervisor draws a plan: the population (registered enterprises, optionally of one category,
one registering authority, registered in a date range; or applications approved on commitment
(告知承诺) in a date range), a sample size (a count, or a percentage rounded up) and the roles the
inspectors come from (active users; two per object, never one who handled it). The draw itself
is `core.spot_checks.draw`; the plan stores the criteria, the seed, the inspector pool, the
population's size and digest and the population itself as drawn (each object's key and who
handled it: frozen at the draw, migration 0010). `verify_plan` redraws from what is stored and
says whether it matches; separately, and only for information, whether the register still selects
the same population under the criteria (a later registration or approval inside an open date
range changes that, not the draw). Plans drawn before 0010 have no stored population: their
verification selects it again from the register, as it always did.

This package's names are the spot checks' API (`services.spot_checks.draw_plan`, …); each use
case lives in its own module: `plans` (the stored plan and reading it), `drawing`,
`verification`, `results`, `notice`.
"""

from ..spot_check_population import COMMITMENTS, ENTERPRISES
from .drawing import draw_plan
from .notice import notice_pdf
from .plans import (
    DEFAULT_INSPECTOR_ROLES,
    DRAW_ROLES,
    POPULATION_ENGLISH,
    POPULATION_LABELS,
    RESULTS,
    Criteria,
    PickInfo,
    PlanInfo,
    SpotCheckError,
    get_plan,
    list_plans,
    population,
)
from .results import record_result
from .verification import Verification, verify_plan

__all__ = [
    "ENTERPRISES", "COMMITMENTS", "RESULTS", "Criteria", "PickInfo", "PlanInfo", "SpotCheckError",
    "Verification", "draw_plan", "get_plan", "list_plans", "notice_pdf", "population", "record_result",
    "verify_plan", "DEFAULT_INSPECTOR_ROLES", "DRAW_ROLES", "POPULATION_ENGLISH", "POPULATION_LABELS",
]  # fmt: skip
