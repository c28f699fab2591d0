"""Portalis-Ray: Python-to-Rust translation as a Ray Data dataflow, producing Cargo workspaces."""

__version__ = "0.1.0"

# __version__ comes first: submodules import it.
# The subpackage portalis_ray.translate is loaded before the function of the same name is
# bound, so later imports of its submodules cannot rebind `portalis_ray.translate`.
import portalis_ray.translate  # noqa: F401
from portalis_ray.api import (
    TranslationError,
    TranslationResult,
    translate,
    translate_source,
)

__all__ = [
    "TranslationError",
    "TranslationResult",
    "__version__",
    "translate",
    "translate_source",
]
