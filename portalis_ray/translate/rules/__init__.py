"""Rules backend: deterministic Python -> Rust translation of one module.

Public surface (used by the pipeline's analyze and translate stages):

- ``translate_module(source, path, script_name) -> RulesResult``
- ``module_contracts(source, path) -> list[FunctionContract]``
"""

from portalis_ray.translate.rules.api import (
    FunctionContract,
    RulesResult,
    module_contracts,
    translate_module,
)

__all__ = ["FunctionContract", "RulesResult", "module_contracts", "translate_module"]
