"""A pipeline runs a sequence of transforms and records what each one did."""

from .errors import EmptyInput, PipelineError
from .transforms import Transform, make_transform


class Pipeline:
    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[Transform] = []
        self.history: list[str] = []

    @classmethod
    def from_names(cls, name: str, step_names: list[str]) -> "Pipeline":
        pipeline = cls(name)
        for step_name in step_names:
            pipeline.add(make_transform(step_name))
        return pipeline

    def add(self, step: Transform) -> None:
        self.steps.append(step)

    def run(self, text: str) -> str:
        if text == "":
            raise EmptyInput(f"pipeline '{self.name}'")
        self.history = []
        for step in self.steps:
            result = step.apply(text)
            if result.strip() == "":
                raise PipelineError(step.name, "produced empty text")
            self.history.append(f"{step.describe():<12} {len(text):>4} -> {len(result):>4} chars")
            text = result
        return text

    def describe(self) -> str:
        return f"{self.name}: " + " -> ".join([s.describe() for s in self.steps])
