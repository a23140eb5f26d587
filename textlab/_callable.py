"""Let a stage module double as its main function (``tl.clean(text)``, ``tl.clean.STEPS``)."""

from __future__ import annotations

import sys
import types


def make_module_callable(module_name: str, func_name: str) -> None:
    """Make ``module_name`` callable: calling it calls its ``func_name``.

    >>> import textlab as tl
    >>> tl.clean("  同志们：  ") == tl.clean.clean("  同志们：  ")
    True
    """
    module = sys.modules[module_name]

    class _CallableModule(types.ModuleType):
        def __call__(self, *args, **kwargs):
            return getattr(self, func_name)(*args, **kwargs)

    _CallableModule.__name__ = f"callable_module[{module_name}]"
    module.__class__ = _CallableModule
