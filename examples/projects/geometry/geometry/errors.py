"""Exceptions raised by the geometry package."""


class GeometryError(Exception):
    """Base class for all geometry errors."""


class InvalidDimension(GeometryError):
    def __init__(self, name: str, value: float) -> None:
        super().__init__(f"{name} must be positive, got {value:.3f}")
        self.name = name
        self.value = value


class DegenerateShape(GeometryError):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(f"degenerate {kind}: {reason}")
        self.kind = kind
        self.reason = reason


class EmptyScene(GeometryError):
    def __init__(self, scene: str, operation: str) -> None:
        super().__init__(f"scene '{scene}' has no shapes for {operation}")
        self.scene = scene
        self.operation = operation


class DuplicateShape(GeometryError):
    def __init__(self, name: str) -> None:
        super().__init__(f"a shape named '{name}' is already in the scene")
        self.name = name
