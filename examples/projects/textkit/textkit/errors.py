"""Errors raised by textkit."""


class TextKitError(Exception):
    """Base class for all textkit errors."""


class EmptyInput(TextKitError):
    def __init__(self, where: str) -> None:
        super().__init__(f"{where}: input text is empty")
        self.where = where


class UnknownTransform(TextKitError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no transform named '{name}' (known: {', '.join(known)})")
        self.name = name
        self.known = known


class InvalidWidth(TextKitError):
    def __init__(self, width: int, minimum: int) -> None:
        super().__init__(f"wrap width must be at least {minimum}, got {width}")
        self.width = width


class PipelineError(TextKitError):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"pipeline step '{step}' failed: {reason}")
        self.step = step
        self.reason = reason
