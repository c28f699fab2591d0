"""Index stage: decode each source, build its structural index, split it into statement units.

Public names (what other stages and users import from ``portalis_ray.index``):

- ``structural_index`` / ``StructuralIndex`` / ``LexError``: tokenize's layout tokens as byte
  offsets for a whole batch, on the GPU (CuPy kernels in ``kernels/``) or the NumPy twin;
- ``decode_source``, ``parse_source``, ``index_source``, ``line_starts``, ``locate``,
  ``SourceIndex``: one file's index and its located errors;
- ``SourceIndexer``, ``index_stage``: the Ray Data actor pool.
"""

from portalis_ray.index.source import (
    SourceIndex,
    decode_source,
    index_source,
    line_starts,
    locate,
    parse_source,
)
from portalis_ray.index.stage import SourceIndexer, index_stage, rows_per_batch
from portalis_ray.index.structural import (
    LexError,
    StructuralIndex,
    first_difference,
    reference_index,
    structural_index,
)

__all__ = [
    "LexError",
    "SourceIndex",
    "SourceIndexer",
    "StructuralIndex",
    "decode_source",
    "first_difference",
    "index_source",
    "index_stage",
    "line_starts",
    "locate",
    "parse_source",
    "reference_index",
    "rows_per_batch",
    "structural_index",
]
